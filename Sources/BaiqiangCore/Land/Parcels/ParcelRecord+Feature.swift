/// A parcel as a GeoJSON feature, the shape export writes and import reads back: the id is the
/// parcel number, the properties use the English keys of `ParcelField`, areas are in m².
extension ParcelRecord {
    public var feature: ParcelFeature {
        var properties: [String: JSONValue] = [
            ParcelField.number.rawValue: .string(number),
            "area_m2": .number((area.squareMetres * 100).rounded() / 100),
        ]
        func put(_ field: ParcelField, _ value: JSONValue?) {
            if let value { properties[field.rawValue] = value }
        }
        put(.town, townCode.map(JSONValue.string))
        put(.landUse, landUse.map(JSONValue.string))
        put(.holderCreditCode, holderCreditCode.map(JSONValue.string))
        put(.supplyWay, supplyWay.map { .string($0.rawValue) })
        for (field, date) in [(ParcelField.supplyDate, supplyDate), (.contractedStart, contractedStart),
                              (.contractedCompletion, contractedCompletion), (.actualStart, actualStart),
                              (.approvedNotSuppliedSince, approvedNotSuppliedSince)] {
            put(field, date.map { .string($0.description) })
        }
        for (field, number) in [(ParcelField.committedInvestmentIntensity, committedInvestmentIntensityWan),
                                (.committedTaxPerMu, committedTaxPerMuWan), (.committedPlotRatio, committedPlotRatio),
                                (.checkedInvestmentIntensity, checkedInvestmentIntensityWan),
                                (.checkedTaxPerMu, checkedTaxPerMuWan), (.plotRatio, plotRatio),
                                (.floorArea, floorAreaSquareMetres), (.declaredArea, declaredArea?.squareMetres)] {
            put(field, number.map(JSONValue.number))
        }
        // Only a demo parcel carries the flag, so a real county's files are as they always were.
        if isDemo { properties[ParcelField.isDemo.rawValue] = .bool(true) }
        return ParcelFeature(id: .string(number), geometry: geometry, properties: properties)
    }
}
