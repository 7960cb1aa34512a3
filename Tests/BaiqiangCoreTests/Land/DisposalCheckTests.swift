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

/// A disposal moves forward one step or is withdrawn with a reason; a withdrawn one holds the
/// parcel on no day; what a person types is read with each problem on its field.
@Suite("Disposals: status moves and typed input 处置状态与录入")
struct DisposalMoveTests {
    static let parcel = LandArea(squareMetres: 10_000)

    static func disposal(from: String, status: DisposalStatus = .inProgress) -> Disposal {
        Disposal(parcelNumber: "P1", action: .closeDown, area: LandArea(squareMetres: 1_000), started: LocalDate(iso: from)!, status: status)
    }

    @Test("Planned → in progress → completed; completed is final; withdrawing needs a reason")
    func moves() {
        let planned = Self.disposal(from: "2024-01-01", status: .planned)
        #expect(DisposalCheck.advance(planned, to: .inProgress, completed: nil, reason: nil, plotRatioAfter: nil, taxPerMuAfterWan: nil).issues.isEmpty)
        #expect(DisposalCheck.advance(planned, to: .completed, completed: LocalDate(iso: "2024-02-01"), reason: nil,
                                      plotRatioAfter: nil, taxPerMuAfterWan: nil).issues.map(\.column) == ["status"])
        let going = Self.disposal(from: "2024-01-01")
        let done = DisposalCheck.advance(going, to: .completed, completed: LocalDate(iso: "2024-06-30"), reason: nil,
                                         plotRatioAfter: 1.8, taxPerMuAfterWan: 30)
        #expect(done.issues.isEmpty && done.disposal.completed == LocalDate(iso: "2024-06-30") && done.disposal.plotRatioAfter == 1.8)
        #expect(DisposalCheck.issues(done.disposal, parcelArea: Self.parcel, others: []).isEmpty)
        #expect(DisposalCheck.advance(going, to: .completed, completed: nil, reason: nil, plotRatioAfter: nil, taxPerMuAfterWan: nil)
            .issues.map(\.column) == ["completed"])
        #expect(DisposalCheck.advance(done.disposal, to: .withdrawn, completed: nil, reason: "x", plotRatioAfter: nil, taxPerMuAfterWan: nil)
            .issues.map(\.column) == ["status"])
        #expect(DisposalCheck.advance(going, to: .withdrawn, completed: nil, reason: nil, plotRatioAfter: nil, taxPerMuAfterWan: nil)
            .issues.map(\.column) == ["withdrawn_reason"])
    }

    @Test("A withdrawn disposal does not block another over the same days")
    func withdrawnHoldsNothing() {
        var withdrawn = Self.disposal(from: "2024-01-01")
        withdrawn.status = .withdrawn
        withdrawn.withdrawnReason = "企业搬迁计划取消"
        #expect(DisposalCheck.issues(Self.disposal(from: "2024-03-01"), parcelArea: Self.parcel, others: [withdrawn]).isEmpty)
        #expect(DisposalCheck.issues(Self.disposal(from: "2024-03-01"), parcelArea: Self.parcel,
                                     others: [Self.disposal(from: "2024-01-01")]).map(\.column) == ["started"])
    }

    @Test("Figures afterwards only once completed, within range")
    func figuresAfter() {
        var going = Self.disposal(from: "2024-01-01")
        going.plotRatioAfter = 1.2
        #expect(DisposalCheck.issues(going, parcelArea: Self.parcel, others: []).map(\.column) == ["plot_ratio_after"])
        var done = Self.disposal(from: "2024-01-01", status: .completed)
        done.completed = LocalDate(iso: "2024-05-01")
        done.plotRatioAfter = 500
        #expect(DisposalCheck.issues(done, parcelArea: Self.parcel, others: []).map(\.column) == ["plot_ratio_after"])
    }

    @Test("Typed input: the action by its Chinese name or code, area in mu, each bad field named")
    func input() throws {
        let good = try DisposalInput([.parcelNumber: "P1", .action: "腾笼换鸟", .areaMu: "15", .started: "2024-01-01",
                                      .status: "推进中"]).disposal().get()
        #expect(good.action == .replaceOccupant && good.status == .inProgress)
        #expect(abs(good.area.squareMetres - 10_000) < 1e-6)
        #expect(DisposalInput([.parcelNumber: "P1", .action: "technical_upgrade", .areaMu: "1", .started: "2024-01-01"])
            .disposal().map(\.action) == .success(.technicalUpgrade))
        guard case .failure(let error) = DisposalInput([.parcelNumber: "P1", .action: "拆了", .areaMu: "abc", .started: "2024-13-01"]).disposal() else {
            Issue.record("bad input read")
            return
        }
        #expect(Set(error.fields) == ["action", "area_mu", "started"])
    }
}
