import Foundation
import Testing
@testable import BaiqiangCore

@Suite struct TableFormatTests {
    private func format(_ bytes: [UInt8]) throws(ImportFileError) -> TableFormat {
        try bytes.withUnsafeBytes { raw in Result { () throws(ImportFileError) in try TableFormat.detect(raw) } }.get()
    }

    @Test func zipIsXLSXAndTextIsCSV() throws {
        #expect(try format([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]) == .xlsx)
        #expect(try format(Array("a,b\n1,2\n".utf8)) == .csv)
        #expect(try format(TextEncodingTests.gb18030Header) == .csv)
    }

    @Test func otherFilesAreNeitherCSVNorXLSX() {
        let oldExcel: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        for bytes in [oldExcel, Array("%PDF-1.7".utf8), [0x89, 0x50, 0x4E, 0x47], [0x00, 0x01, 0x02, 0x41]] {
            #expect(throws: ImportFileError(.notCSVOrXLSX)) { try format(bytes) }
        }
        #expect(throws: ImportFileError(.empty)) { try format([]) }
    }

    @Test func theErrorSaysWhatToDo() {
        let message = ImportFileError(.notCSVOrXLSX).message
        #expect(message.zh.contains("既不是 CSV 也不是 XLSX"))
        #expect(message.en.contains("neither CSV nor XLSX"))
    }

    @Test func aZipThatIsNoWorkbookIsDamagedXLSX() throws {
        let zip = Data(try XLSXPackage.zip([("hello.txt", Array("hi".utf8))]))
        #expect {
            _ = try TableReader(data: zip)
        } throws: { error in
            guard let error = error as? ImportFileError, case .malformedXLSX = error.reason else { return false }
            return true
        }
    }
}
