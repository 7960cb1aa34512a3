import Foundation

/// Data files shipped with Core (methods, calendars, plans): county data, not code.
public enum CoreResources {
    /// The URL of a bundled file, e.g. `url("methods/zhejiang-6.yaml")`.
    public static func url(_ relativePath: String) -> URL? {
        let base = Bundle.module.bundleURL.appendingPathComponent("Resources")
        let url = base.appendingPathComponent(relativePath)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The text of a bundled file.
    public static func text(_ relativePath: String) throws -> String {
        guard let url = url(relativePath) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: relativePath])
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Bundled files in a folder, sorted by name.
    public static func files(in folder: String) -> [URL] {
        guard let dir = url(folder),
              let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return names.sorted().map { dir.appendingPathComponent($0) }
    }
}
