import Testing
@testable import BaiqiangCore

/// A disposal is refused when larger than its parcel or overlapping another of the same parcel;
/// the plan counts completed disposals within its window.
@Suite("Disposals of low-efficiency land 低效用地处置")
struct DisposalCheckTests {
    static let parcel = LandArea(squareMetres: 10_000)

    static func disposal(_ number: String = "P1", area: Double = 5_000, from: String, to: String? = nil) -> Disposal {
        Disposal(parcelNumber: number, action: .technicalUpgrade, area: LandArea(squareMetres: area), started: LocalDate(iso: from)!,
                 completed: to.flatMap(LocalDate.init(iso:)), status: to == nil ? .inProgress : .completed)
    }

    @Test("The whole parcel may be disposed of; a square metre more may not")
    func areaBound() {
        #expect(DisposalCheck.problems(Self.disposal(area: 10_000, from: "2024-01-01"), parcelArea: Self.parcel, others: []).isEmpty)
        #expect(DisposalCheck.problems(Self.disposal(area: 10_001, from: "2024-01-01"), parcelArea: Self.parcel, others: []).count == 1)
    }

    @Test("Overlapping another disposal of the same parcel is refused; touching a day later, or another parcel, is not")
    func overlap() {
        let first = Self.disposal(from: "2024-01-01", to: "2024-06-30")
        #expect(DisposalCheck.problems(Self.disposal(from: "2024-06-30"), parcelArea: Self.parcel, others: [first]).count == 1)
        #expect(DisposalCheck.problems(Self.disposal(from: "2024-07-01"), parcelArea: Self.parcel, others: [first]).isEmpty)
        #expect(DisposalCheck.problems(Self.disposal("P2", from: "2024-03-01"), parcelArea: Self.parcel, others: [first]).isEmpty)
        let open = Self.disposal(from: "2025-01-01")
        #expect(DisposalCheck.problems(Self.disposal(from: "2030-01-01"), parcelArea: Self.parcel, others: [open]).count == 1)
    }

    @Test("Completed means a completion date, not before the start")
    func dates() {
        #expect(DisposalCheck.problems(Self.disposal(from: "2024-05-01", to: "2024-04-30"), parcelArea: Self.parcel, others: []).count == 1)
        var noDate = Self.disposal(from: "2024-05-01")
        noDate.status = .completed
        #expect(DisposalCheck.problems(noDate, parcelArea: Self.parcel, others: []).count == 1)
    }

    @Test("Only completed disposals finished inside the window count, in hectares")
    func window() {
        let disposals = [Self.disposal(area: 5_000, from: "2023-01-01", to: "2023-03-01"),
                         Self.disposal("P2", area: 20_000, from: "2022-01-01", to: "2022-12-19"),
                         Self.disposal("P3", area: 7_000, from: "2024-01-01")]
        let window = LocalDate(iso: "2022-12-20")!...LocalDate(iso: "2025-12-31")!
        #expect(DisposalCheck.completedHectares(disposals, in: window) == 0.5)
    }
}
