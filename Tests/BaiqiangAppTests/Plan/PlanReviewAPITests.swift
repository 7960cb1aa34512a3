import BaiqiangCore
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import BaiqiangApp

/// `GET /api/v1/plan/review`: an ended plan's final review for a client — each target's verdict
/// on its last figure by the deadline, that figure and the margin — and a 409 while it runs.
@Suite("Plan API: the final review")
struct PlanReviewAPITests {
    static let education = "education-investment-3y"

    func bearer(_ app: Application, _ username: String) async throws -> HTTPHeaders {
        let token = try await TokenService(writer: app.writer(as: .system)).create(username: username).token
        var headers = HTTPHeaders()
        headers.bearerAuthorization = .init(token: token)
        return headers
    }

    func addFigure(_ app: Application, _ headers: HTTPHeaders, value: Double, date: String) async throws {
        try await app.testing().test(.POST, SiteURL.api(.planKPIObservations(code: Self.education)).path, headers: headers,
                                     beforeRequest: { request in
            try request.content.encode(PlanAPI.NewObservation(value: value, date: date, source: "教育局年报"), as: .json)
        }, afterResponse: { response async in
            #expect(response.status == .created, "\(response.body.string)")
        })
    }

    @Test("On its last day the plan has no review (409 problem); from the next day each target has its verdict")
    func endDay() async throws {
        try await withTestApp(at: PlanPeriodsTests.noon("2025-12-31")) { app in
            try await Fixture.user(app, "lead", .leader)
            let lead = try await bearer(app, "lead")
            try await app.testing().test(.GET, SiteURL.api(.planReview).path, headers: lead) { response async in
                #expect(response.status == .conflict)
                #expect(response.headers.contentType?.description.hasPrefix("application/problem+json") == true)
                #expect(response.body.string.contains("2025-12-31"))
            }
            app.clock.set(PlanPeriodsTests.noon("2026-01-01"))
            try await app.testing().test(.GET, SiteURL.api(.planReview).path, headers: lead) { response async throws in
                #expect(response.status == .ok)
                let review = try decodeJSON(PlanAPI.Review.self, response)
                #expect(review.plan == "heshan-2022")
                #expect(review.end == "2025-12-31")
                let targets = review.targets.filter { !$0.monitoring }
                #expect(review.counts.values.reduce(0, +) == targets.count, "every target has one verdict")
                #expect(review.targets.filter(\.monitoring).allSatisfy { $0.verdict == nil })
                let education = try #require(review.targets.first { $0.code == Self.education })
                #expect(education.verdict == "no_data")
                #expect(education.final == nil)
            }
            try await app.testing().test(.GET, SiteURL.api(.planReview).path(query: ["plan": "no-such-plan"]), headers: lead) { response async in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test("The verdict rests on the last figure by the deadline, with its date, source and the margin to the target")
    func lastFigureByTheDeadline() async throws {
        try await withTestApp(at: PlanPeriodsTests.noon("2026-03-01")) { app in
            try await Fixture.user(app, "edu", .department, binding: "jyj")
            let edu = try await bearer(app, "edu")
            try await addFigure(app, edu, value: 4, date: "2025-12-31")
            try await addFigure(app, edu, value: 6, date: "2026-01-15")
            try await app.testing().test(.GET, SiteURL.api(.planReview).path, headers: edu) { response async throws in
                #expect(response.status == .ok)
                let review = try decodeJSON(PlanAPI.Review.self, response)
                let education = try #require(review.targets.first { $0.code == Self.education })
                #expect(education.verdict == "not_achieved", "6 came after the deadline and does not count")
                #expect(education.verdictLabel?.zh == "未达成")
                #expect(education.final?.value == 4)
                #expect(education.final?.date == "2025-12-31")
                #expect(education.final?.source == "教育局年报")
                #expect(education.deadline == "2025-12-31")
                #expect(education.targetValue == 5)
                #expect(education.difference == -1)
                #expect(education.shareOfTarget == 0.8)
                #expect(!education.demo)
            }
        }
    }
}
