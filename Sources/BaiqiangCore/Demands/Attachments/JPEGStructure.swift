/// A JPEG's container: SOI, then marker segments whose lengths fit in the file, a frame header
/// and a scan whose entropy-coded data runs to the next marker, up to EOI. Bytes after EOI are
/// allowed (cameras append their own data there).
enum JPEGStructure {
    static func check(_ bytes: [UInt8]) throws(AttachmentRefusal.Reason) {
        guard bytes.starts(with: [0xFF, 0xD8]) else { throw .broken("JPEG 文件头不正确", "the JPEG does not start with SOI") }
        var position = 2
        var sawFrame = false
        var sawScan = false
        while true {
            guard position < bytes.count, bytes[position] == 0xFF else {
                throw .broken("JPEG 段结构损坏或缺少结束标记 EOI", "the JPEG segments are broken or there is no EOI")
            }
            while position < bytes.count && bytes[position] == 0xFF { position += 1 }  // fill bytes
            guard position < bytes.count else { throw .broken("JPEG 缺少结束标记 EOI", "the JPEG has no EOI") }
            let marker = bytes[position]
            position += 1
            switch marker {
            case 0xD9:
                guard sawFrame, sawScan else { throw .broken("JPEG 没有图像数据", "the JPEG has no frame or scan") }
                return
            case 0x01, 0xD0...0xD7:
                continue
            case 0x00, 0xD8:
                throw .broken("JPEG 段标记无效", "the JPEG has an invalid marker")
            default:
                guard position + 2 <= bytes.count else { throw .broken("JPEG 段被截断", "a JPEG segment is cut short") }
                let length = Int(bytes[position]) << 8 | Int(bytes[position + 1])
                guard length >= 2, length <= bytes.count - position else {
                    throw .broken("JPEG 段长度超出文件", "a JPEG segment is longer than the file")
                }
                position += length
                if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) { sawFrame = true }
                if marker == 0xDA {
                    sawScan = true
                    // Entropy-coded data: runs to a marker other than a stuffed 0xFF00 or a restart.
                    while position + 1 < bytes.count {
                        if bytes[position] == 0xFF {
                            let next = bytes[position + 1]
                            if next != 0x00 && !(0xD0...0xD7).contains(next) && next != 0xFF { break }
                        }
                        position += 1
                    }
                }
            }
        }
    }
}
