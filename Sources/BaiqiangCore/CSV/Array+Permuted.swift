extension Array {
    /// The elements at `order`'s positions: `result[i] == self[order[i]]`.
    func permuted(by order: [Int32]) -> [Element] {
        withUnsafeBufferPointer { source in
            order.map { source[Int($0)] }
        }
    }
}
