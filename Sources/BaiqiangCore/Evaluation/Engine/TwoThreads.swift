import Foundation

/// Sorting large key arrays on the two cores the county's servers (and the benchmark) have:
/// each half sorted on its own thread, then one merge.
enum TwoThreadSort {
    /// Sorts `keys` ascending. `Key`'s order must be total (ties broken inside `<`), so the
    /// result is the same as a single-threaded sort's. Generic over `Comparable` rather than
    /// taking a closure so that the comparison is specialised and inlined.
    static func sort<Key: Comparable & Sendable>(_ keys: inout [Key], minimumCount: Int = 200_000) {
        guard keys.count >= minimumCount else {
            keys.sort()
            return
        }
        let mid = keys.count / 2
        keys.withUnsafeMutableBufferPointer { buffer in
            // The other thread only touches the first half, and we wait for it before merging.
            let firstHalf = UncheckedSendable(UnsafeMutableBufferPointer(rebasing: buffer[..<mid]))
            let done = DispatchGroup()
            DispatchQueue.global().async(group: done) {
                var half = firstHalf.value
                half.sort()
            }
            var secondHalf = UnsafeMutableBufferPointer(rebasing: buffer[mid...])
            secondHalf.sort()
            done.wait()
        }
        keys = merged(keys, at: mid)
    }

    private static func merged<Key: Comparable & Sendable>(_ keys: [Key], at mid: Int) -> [Key] {
        var result = [Key]()
        result.reserveCapacity(keys.count)
        keys.withUnsafeBufferPointer { keys in
            var i = 0
            var j = mid
            while i < mid && j < keys.count {
                if keys[j] < keys[i] {
                    result.append(keys[j])
                    j += 1
                } else {
                    result.append(keys[i])
                    i += 1
                }
            }
            result.append(contentsOf: keys[i..<mid])
            result.append(contentsOf: keys[j...])
        }
        return result
    }
}

/// Hands a value to another thread when the code around it guarantees the access is safe
/// (each thread touches its own part, and the caller waits for the other before going on).
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Running two independent pieces of work at once.
enum TwoThreads {
    /// Runs `there` on another thread while `here` runs on this one; returns both results.
    static func both<A, B: Sendable>(_ here: () -> A, _ there: @escaping @Sendable () -> B) -> (A, B) {
        let box = Box<B>()
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) { box.value = there() }
        let a = here()
        done.wait()
        return (a, box.value!)
    }

    /// Written once by the other thread, read after `DispatchGroup.wait()`, which orders the two.
    private final class Box<B>: @unchecked Sendable {
        var value: B?
    }
}
