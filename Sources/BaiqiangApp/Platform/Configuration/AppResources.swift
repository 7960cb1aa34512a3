import Foundation

/// Files shipped inside the application: catalogues, the OpenAPI document, static assets.
enum AppResources {
    static let root = Bundle.module.bundleURL.appendingPathComponent("Resources")

    static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }
}
