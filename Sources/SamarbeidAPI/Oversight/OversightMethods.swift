public import RPC

/// The methods of `samarbeid.v1.Oversight`, with their message types.
public enum OversightMethods {
  public static let service = "samarbeid.v1.Oversight"
  public static let listIndicators = UnaryMethod<ListIndicatorsRequest, ListIndicatorsResponse>(
    service: service, method: "ListIndicators")
  public static let getIndicatorValues = UnaryMethod<
    GetIndicatorValuesRequest, GetIndicatorValuesResponse
  >(
    service: service, method: "GetIndicatorValues")
  public static let compareIndicator = UnaryMethod<CompareIndicatorRequest, IndicatorComparison>(
    service: service, method: "CompareIndicator")
  public static let compareIndicators = UnaryMethod<
    CompareIndicatorsRequest, CompareIndicatorsResponse
  >(
    service: service, method: "CompareIndicators")
  public static let setPopulations = UnaryMethod<SetPopulationsRequest, SetPopulationsResponse>(
    service: service, method: "SetPopulations")
  public static let importAllocations = UnaryMethod<
    ImportAllocationsRequest, ImportAllocationsResponse
  >(
    service: service, method: "ImportAllocations")
  public static let getIndicatorSeries = UnaryMethod<GetIndicatorSeriesRequest, IndicatorSeries>(
    service: service, method: "GetIndicatorSeries")
}
