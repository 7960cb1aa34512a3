/// Whether a parcel's declared area (登记面积, from the register or the file) agrees with the
/// area of its geometry: a larger gap means the wrong shape, the wrong unit or the wrong CRS.
public enum DeclaredAreaCheck {
    /// The largest difference accepted, as a share of the geometry's area.
    public static let tolerance = 0.05

    /// Nil when `declared` is within the tolerance of `computed`, else why not.
    public static func problem(declared: LandArea, computed: LandArea) -> BilingualText? {
        guard computed.squareMetres > 0 else {
            return BilingualText(zh: "图形面积为零，无法核对登记面积", en: "the geometry has no area to check the declared area against")
        }
        let difference = abs(declared.squareMetres - computed.squareMetres) / computed.squareMetres
        guard difference > tolerance else { return nil }
        let percent = (difference * 1000).rounded() / 10
        let declaredText = (declared.squareMetres * 10).rounded() / 10
        let computedText = (computed.squareMetres * 10).rounded() / 10
        return BilingualText(
            zh: "登记面积 \(declaredText) 平方米与图形面积 \(computedText) 平方米相差 \(percent)%，超过 5%",
            en: "the declared area \(declaredText) m² differs from the geometry's \(computedText) m² by \(percent)%, more than 5%")
    }
}
