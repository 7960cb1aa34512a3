import Testing
@testable import BaiqiangCore

private func day(_ text: String) -> PlanDate { PlanDate(text)! }

/// The pipeline's stage rules: the next step is free, a skip, a move back and 终止 need a reason,
/// and no stage is reached before the previous one.
@Suite struct ProjectStageTests {
    let signed = ProjectStageHistory(start: .negotiating, on: day("2022-10-01"))

    @Test func theNextStageNeedsNoReason() throws {
        let history = try signed.moving(to: .signed, on: day("2022-11-21"))
        #expect(history.current == .signed)
        #expect(history.date(of: .signed) == day("2022-11-21"))
        #expect(history.changes.last?.from == .negotiating)
    }

    @Test func aSkipNeedsAReason() throws {
        #expect(throws: ProjectStageError(.skipNeedsReason(from: .negotiating, to: .registered))) {
            try signed.moving(to: .registered, on: day("2022-12-01"))
        }
        #expect(throws: ProjectStageError(.skipNeedsReason(from: .negotiating, to: .registered))) {
            try signed.moving(to: .registered, on: day("2022-12-01"), reason: "  ")
        }
        let skipped = try signed.moving(to: .registered, on: day("2022-12-01"), reason: "签约与注册同日完成")
        #expect(skipped.current == .registered)
        #expect(skipped.changes.last?.reason == "签约与注册同日完成")
    }

    @Test func aMoveBackNeedsAReason() throws {
        let atSigned = try signed.moving(to: .signed, on: day("2022-11-21"))
        #expect(throws: ProjectStageError(.backwardsNeedsReason(from: .signed, to: .negotiating))) {
            try atSigned.moving(to: .negotiating, on: day("2022-12-01"))
        }
        let back = try atSigned.moving(to: .negotiating, on: day("2022-12-01"), reason: "协议重新谈判")
        #expect(back.current == .negotiating)
    }

    @Test func droppingNeedsAReasonFromAnyStage() throws {
        for stage in ProjectStage.pipeline {
            let history = ProjectStageHistory(start: stage, on: day("2023-01-01"))
            #expect(throws: ProjectStageError(.terminationNeedsReason)) {
                try history.moving(to: .terminated, on: day("2023-02-01"))
            }
            let dropped = try history.moving(to: .terminated, on: day("2023-02-01"), reason: "投资方撤回")
            #expect(dropped.current == .terminated)
        }
    }

    @Test func aDroppedProjectMovesNoMore() throws {
        let dropped = try signed.moving(to: .terminated, on: day("2022-11-01"), reason: "投资方撤回")
        #expect(throws: ProjectStageError(.alreadyTerminated)) {
            try dropped.moving(to: .negotiating, on: day("2022-12-01"), reason: "重启")
        }
    }

    @Test func aDateBeforeThePreviousStageIsRefused() throws {
        #expect(throws: ProjectStageError(.dateBeforePrevious(date: day("2022-09-30"), previous: day("2022-10-01")))) {
            try signed.moving(to: .signed, on: day("2022-09-30"))
        }
        // The same day is allowed: two steps taken at once.
        #expect(try signed.moving(to: .signed, on: day("2022-10-01")).current == .signed)
    }

    @Test func theSameStageIsRefused() {
        #expect(throws: ProjectStageError(.sameStage(.negotiating))) {
            try signed.moving(to: .negotiating, on: day("2022-12-01"), reason: "x")
        }
    }

    @Test func errorsSpeakBothLanguages() {
        let error = ProjectStageError(.skipNeedsReason(from: .negotiating, to: .registered))
        #expect(error.message.zh.contains("在谈") && error.message.zh.contains("注册"))
        #expect(error.message.en.contains("negotiating") && error.message.en.contains("registered"))
    }
}

/// 十亿项目 and 百亿企业 at their boundaries.
@Suite struct ProjectTierTests {
    @Test(arguments: [(9.99, false), (10.0, true), (19.99, true)])
    func tenYiProject(investment: Double, expected: Bool) {
        #expect(ProjectTier(investmentYi: investment, investorRevenueYi: nil).isTenYiProject == expected)
    }

    @Test(arguments: [(99.99 as Double?, false), (100.0, true), (nil, false)])
    func hundredYiInvestor(revenue: Double?, expected: Bool) {
        #expect(ProjectTier(investmentYi: 1, investorRevenueYi: revenue).isHundredYiInvestor == expected)
    }
}

/// The codename rule: before signing only the lead department and admins see the real name.
@Suite struct ProjectNameVisibilityTests {
    let secret = ProjectNameVisibility(leadDepartmentCode: "tcj", wasSigned: false)

    @Test func beforeSigningOnlyTheLeadDepartmentAndAdminsSeeTheName() {
        #expect(secret.showsRealName(to: .admin))
        #expect(secret.showsRealName(to: .department("tcj")))
        #expect(!secret.showsRealName(to: .department("gxj")))
        #expect(!secret.showsRealName(to: .leader))
        #expect(!secret.showsRealName(to: .town("shaping")))
        #expect(secret.name(realName: "隆基绿能", codename: "项目A", for: .leader) == "项目A")
    }

    @Test func onceSignedTheNameIsPublic() throws {
        let history = try ProjectStageHistory(start: .negotiating, on: day("2022-10-01"))
            .moving(to: .signed, on: day("2022-11-21"))
            .moving(to: .negotiating, on: day("2022-12-01"), reason: "补充协议")
        let visibility = ProjectNameVisibility(leadDepartmentCode: "tcj", wasSigned: history.wasSigned)
        #expect(visibility.showsRealName(to: .leader))
        #expect(visibility.name(realName: "隆基绿能", codename: "项目A", for: .town("zhishan")) == "隆基绿能")
    }

    @Test func aLeadOrTalksAreNotSigned() {
        #expect(!ProjectStageHistory(start: .lead, on: day("2022-01-01")).wasSigned)
        #expect(ProjectStageHistory(start: .started, on: day("2022-01-01")).wasSigned)
    }
}
