/// A figure reported for a firm that the evaluation reads, named as its input column (the unit
/// is in the name): one of the yearly figures, `YearlyFigure.evaluated`.
public typealias FirmMeasure = YearlyFigure

extension YearlyFigure {
    /// The position of this measure's column in `EvaluationInput.measures`; only for the
    /// figures the evaluation reads (a method naming another is refused when it is read).
    public var index: Int { evaluationColumn! }
}
