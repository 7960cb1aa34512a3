/// The eight data masks (掩模) and the penalty that picks one: a mask flips data modules by a
/// pattern so the symbol has no large blocks, long runs or finder look-alikes that confuse a reader.
enum QRMask {
    static func flips(_ mask: Int, row i: Int, column j: Int) -> Bool {
        switch mask {
        case 0: (i + j) % 2 == 0
        case 1: i % 2 == 0
        case 2: j % 3 == 0
        case 3: (i + j) % 3 == 0
        case 4: (i / 2 + j / 3) % 2 == 0
        case 5: (i * j) % 2 + (i * j) % 3 == 0
        case 6: ((i * j) % 2 + (i * j) % 3) % 2 == 0
        default: ((i + j) % 2 + (i * j) % 3) % 2 == 0
        }
    }

    /// ISO/IEC 18004 §7.8.3: N1 = 3 for runs of five in a row or column, plus 1 for each module
    /// more; N2 = 3 for each 2×2 block of one colour; N3 = 40 for each 1:1:3:1:1 finder-like
    /// pattern with four light modules on one side; N4 = 10 for each 5 % the dark share is away
    /// from half.
    static func penalty(_ m: [[Bool]]) -> Int {
        let size = m.count
        var score = 0
        for line in 0..<size {
            let row = m[line]
            let column = (0..<size).map { m[$0][line] }
            score += runPenalty(row) + runPenalty(column) + finderPenalty(row) + finderPenalty(column)
        }
        for i in 0..<(size - 1) {
            for j in 0..<(size - 1) {
                let c = m[i][j]
                if m[i][j + 1] == c, m[i + 1][j] == c, m[i + 1][j + 1] == c { score += 3 }
            }
        }
        let dark = m.reduce(0) { $0 + $1.filter { $0 }.count }
        let total = size * size
        score += abs(dark * 20 - total * 10) / total * 10
        return score
    }

    static func runPenalty(_ line: [Bool]) -> Int {
        var score = 0
        var run = 0
        for (index, module) in line.enumerated() {
            run = index > 0 && module == line[index - 1] ? run + 1 : 1
            if run == 5 { score += 3 } else if run > 5 { score += 1 }
        }
        return score
    }

    static let finderLike: [[Bool]] = [
        [true, false, true, true, true, false, true, false, false, false, false],
        [false, false, false, false, true, false, true, true, true, false, true],
    ]

    static func finderPenalty(_ line: [Bool]) -> Int {
        guard line.count >= 11 else { return 0 }
        var score = 0
        for start in 0...(line.count - 11) {
            let window = Array(line[start..<start + 11])
            for pattern in finderLike where window == pattern { score += 40 }
        }
        return score
    }
}
