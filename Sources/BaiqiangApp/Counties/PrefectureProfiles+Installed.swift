import BaiqiangCore
import Foundation

extension PrefectureProfiles {
    /// The environment variable naming a directory of prefecture profiles (`*.yaml`) that this
    /// installation adds to the shipped ones: every command and the server read the same.
    static let directoryVariable = "BAIQIANG_PREFECTURE_PROFILES"

    /// This installation's profiles, read once per process: profile files do not change while
    /// the program runs, and every request of a prefecture account asks which counties it reaches.
    static func installed() throws -> PrefectureProfiles {
        try installedOnce.get()
    }

    private static let installedOnce: Result<PrefectureProfiles, any Error> = Result {
        guard let directory = ProcessInfo.processInfo.environment[directoryVariable], !directory.isEmpty else {
            return try PrefectureProfiles()
        }
        return try PrefectureProfiles.load(directory: directory)
    }
}
