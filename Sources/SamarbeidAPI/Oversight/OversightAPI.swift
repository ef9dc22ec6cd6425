public import RPC

/// `samarbeid.v1.Oversight`: IMDi's view across municipalities.
///
/// One requirement per RPC, typed with its messages, so an implementation without a
/// handler does not compile; who may call is the scope's access. Written by
/// Tools/service_api.py from proto/.
public protocol OversightAPI: SamarbeidService {
  /// What each handler receives about its caller.
  associatedtype Scope: OversightCallScope

  /// Every indicator: what it measures, how, which way is better, and where it comes from.
  func listIndicators(_ request: ListIndicatorsRequest, scope: Scope) async throws
    -> ListIndicatorsResponse

  /// Every municipality's values for a year, each stamped with the change-feed position it
  /// is consistent with.
  func getIndicatorValues(_ request: GetIndicatorValuesRequest, scope: Scope) async throws
    -> GetIndicatorValuesResponse

  /// One indicator across municipalities: national median and quartiles, the median of each
  /// size class and cohort, and for shares funnel-plot limits with the municipalities outside
  /// them.
  func compareIndicator(_ request: CompareIndicatorRequest, scope: Scope) async throws
    -> IndicatorComparison

  /// Several indicators compared at once, from one reading of every municipality (what the
  /// report needs).
  func compareIndicators(_ request: CompareIndicatorsRequest, scope: Scope) async throws
    -> CompareIndicatorsResponse

  /// Inhabitants per municipality for a year, as IMDi supplies them (for the per-1,000
  /// rates). The whole request is checked before anything is written; a municipality whose
  /// database fails while writing leaves the others written: send the same request again.
  func setPopulations(_ request: SetPopulationsRequest, scope: Scope) async throws
    -> SetPopulationsResponse

  /// Every municipality's allocation for a year at once (IMDi's distribution, e.g. from a CSV
  /// of kommunenummer, amount and letter reference): checked as a whole (each a registered
  /// municipality once, the total within the budget, none below what a municipality has
  /// granted and keeps), then written as a new version of each allocation, audited in each
  /// municipality. If a write fails, those already written are put back: all or none.
  func importAllocations(_ request: ImportAllocationsRequest, scope: Scope) async throws
    -> ImportAllocationsResponse

  /// One indicator for one municipality across years. The municipality is found by any
  /// number it has had: a renumbered or merged municipality keeps its history.
  func getIndicatorSeries(_ request: GetIndicatorSeriesRequest, scope: Scope) async throws
    -> IndicatorSeries
}

extension OversightAPI {
  /// `samarbeid.v1.Oversight`.
  public static var serviceName: String { OversightMethods.service }
  /// The access of the scope the handlers take.
  public static var access: ServiceAccess { Scope.access }

  /// Registers every method with its handler.
  public func register(with router: inout RPCRouter) {
    router.register(OversightMethods.listIndicators, in: Scope.self, listIndicators)
    router.register(OversightMethods.getIndicatorValues, in: Scope.self, getIndicatorValues)
    router.register(OversightMethods.compareIndicator, in: Scope.self, compareIndicator)
    router.register(OversightMethods.compareIndicators, in: Scope.self, compareIndicators)
    router.register(OversightMethods.setPopulations, in: Scope.self, setPopulations)
    router.register(OversightMethods.importAllocations, in: Scope.self, importAllocations)
    router.register(OversightMethods.getIndicatorSeries, in: Scope.self, getIndicatorSeries)
  }
}
