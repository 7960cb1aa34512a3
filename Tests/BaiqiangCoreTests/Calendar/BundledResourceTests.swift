import Testing
@testable import BaiqiangCore

/// The data files ship inside Core's resource bundle and are found there at run time.
@Suite("Bundled calendar and category files")
struct BundledResourceTests {
    @Test func theCalendarFilesAreFoundInTheBundle() throws {
        let calendar = try WorkingDayCalendar.bundled()
        #expect(calendar.yearsWithData == [2022, 2023, 2024, 2025, 2026])
    }

    @Test func theCategoryFileIsFoundInTheBundle() throws {
        let catalog = try DemandCategoryCatalog.bundled()
        #expect(catalog.categories.count == 6)
    }
}
