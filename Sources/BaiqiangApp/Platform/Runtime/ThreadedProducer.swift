import Foundation

/// Runs synchronous, CPU-bound work on a thread of its own while async code consumes what it
/// sends, at most `capacity` items ahead: an import's parser reads the next rows on one core
/// while the database writes the previous ones on another.
///
/// The work runs on a plain thread, not on Swift's cooperative pool, because it blocks whenever
/// the consumer falls behind.
final class ThreadedProducer<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    private let slots: DispatchSemaphore
    private let lock = NSLock()
    private var stopped = false
    private var outcome: Result<Output, any Error>?
    private let items: AsyncThrowingStream<Item, any Error>
    private let continuation: AsyncThrowingStream<Item, any Error>.Continuation

    /// Starts `work` at once; it hands items on through the function it is given, which throws
    /// `CancellationError` once the consumer has stopped.
    init(capacity: Int = 4, work: @escaping @Sendable (_ send: @escaping (Item) throws -> Void) throws -> Output) {
        // Created empty and filled here: libdispatch traps when a semaphore is released holding
        // less than the value it was created with, which a stopped producer may leave.
        slots = DispatchSemaphore(value: 0)
        for _ in 0..<capacity { slots.signal() }
        (items, continuation) = AsyncThrowingStream.makeStream(of: Item.self)
        let thread = Thread { [self] in
            do {
                let output = try work { [self] item in
                    slots.wait()
                    if isStopped { throw CancellationError() }
                    continuation.yield(item)
                }
                finish(.success(output))
            } catch {
                finish(.failure(error))
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Handles every item in order and returns the work's result; rethrows the work's error or
    /// the handler's. Returning or throwing early stops the work.
    func consume(_ handle: (Item) async throws -> Void) async throws -> Output {
        defer { stop() }
        for try await item in items {
            slots.signal()
            try await handle(item)
        }
        return try lock.withLock { outcome! }.get()
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func stop() {
        lock.withLock { stopped = true }
        slots.signal()  // wakes the work if it waits for a slot, so it sees the stop
    }

    private func finish(_ result: Result<Output, any Error>) {
        lock.withLock { outcome = result }
        switch result {
        case .success: continuation.finish()
        case .failure(let error): continuation.finish(throwing: error)
        }
    }
}
