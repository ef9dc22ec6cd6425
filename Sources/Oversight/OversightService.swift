internal import Dialogues
internal import DomainValues
internal import Grants
internal import MeetingPlaces
internal import RPC
public import SamarbeidAPI
internal import Storage
public import Tenancy

/// `samarbeid.v1.Oversight`: IMDi's comparison of municipalities, from the figures each
/// computes inside its own store. Nothing but aggregates leaves a municipality.
public struct OversightService: OversightAPI {
  public typealias Scope = OversightScope

  /// The service.
  public init() {}

  public func listIndicators(_ request: ListIndicatorsRequest, scope: OversightScope)
    async throws -> ListIndicatorsResponse
  {
    var response = ListIndicatorsResponse()
    response.indicators = IndicatorCatalogue.all.map(Self.definition)
    response.completeness = IndicatorCatalogue.completeness.map(Self.definition)
    return response
  }

  public func getIndicatorValues(_ request: GetIndicatorValuesRequest, scope: OversightScope)
    async throws -> GetIndicatorValuesResponse
  {
    let year = try Field.year(request.year)
    for id in request.indicatorIDs where IndicatorCatalogue.indicator(id) == nil {
      throw DomainError.invalid(
        "indicator_ids",
        "indicator_ids names \(Quote.short(id)), which is not an indicator\(IndicatorCatalogue.suggestion(for: id))"
      )
    }
    let wanted = Set(request.indicatorIDs)
    var response = GetIndicatorValuesResponse()
    response.year = year
    response.municipalities = try await Self.municipalities(
      year: year, includingTests: request.includeTestTenants, scope: scope
    ).map {
      var municipality = $0.message
      if !wanted.isEmpty { municipality.values.removeAll { !wanted.contains($0.indicatorID) } }
      return municipality
    }
    return response
  }

  public func compareIndicator(_ request: CompareIndicatorRequest, scope: OversightScope)
    async throws -> IndicatorComparison
  {
    var several = CompareIndicatorsRequest()
    several.indicatorIDs = [request.indicatorID]
    several.year = request.year
    several.includeTestTenants = request.includeTestTenants
    return try await compareIndicators(several, scope: scope).comparisons[0]
  }

  public func compareIndicators(_ request: CompareIndicatorsRequest, scope: OversightScope)
    async throws -> CompareIndicatorsResponse
  {
    let year = try Field.year(request.year)
    let indicators =
      request.indicatorIDs.isEmpty
      ? IndicatorCatalogue.all
      : try request.indicatorIDs.map { id throws(DomainError) in try Self.indicator(id) }
    let municipalities = try await Self.municipalities(
      year: year, includingTests: request.includeTestTenants, scope: scope)
    var response = CompareIndicatorsResponse()
    response.comparisons = indicators.map { indicator in
      var comparison = Comparison(indicator: indicator, municipalities: municipalities).message
      comparison.indicator = Self.definition(indicator)
      comparison.year = year
      return comparison
    }
    return response
  }

  public func setPopulations(_ request: SetPopulationsRequest, scope: OversightScope)
    async throws -> SetPopulationsResponse
  {
    let year = try Field.year(request.year)
    try Field.distinct(
      request.populations.map(\.kommunenummer), field: "populations.kommunenummer",
      maximum: 1000)
    var targets: [(TenantScope, MunicipalityPopulation)] = []
    for population in request.populations {
      guard (1...10_000_000).contains(population.inhabitants) else {
        throw DomainError.invalid(
          "populations.inhabitants",
          "populations.inhabitants of \(Quote.short(population.kommunenummer)) must be 1 to 10000000, not \(population.inhabitants)"
        )
      }
      targets.append(
        (try await scope.tenantScope(kommunenummer: population.kommunenummer), population))
    }
    var response = SetPopulationsResponse()
    for (tenantScope, population) in targets {
      response.populations.append(
        try await tenantScope.mutate(request: request) { store in
          let id = OversightTables.populationID(year)
          let current = try OversightTables.populations.find(id, in: store)?.version ?? 0
          return try OversightTables.populations.put(
            id, expectedVersion: current, missing: "no population for \(year)", in: store
          ) { record in
            record.year = year
            record.kommunenummer = population.kommunenummer
            record.inhabitants = population.inhabitants
          }
        })
    }
    return response
  }

  public func getIndicatorSeries(_ request: GetIndicatorSeriesRequest, scope: OversightScope)
    async throws -> IndicatorSeries
  {
    let indicator = try Self.indicator(request.indicatorID)
    let from = try Field.year(request.fromYear, field: "from_year")
    let to = try Field.year(request.toYear, field: "to_year")
    guard from <= to, to - from < 30 else {
      throw DomainError.invalid(
        "to_year", "from_year..to_year must run forwards over at most 30 years, not \(from)..\(to)")
    }
    // Any number it has had: the history stays with the municipality, not the number.
    guard
      let tenant = scope.registry.all.first(where: {
        $0.numbers.contains { $0.kommunenummer == request.kommunenummer }
      })
    else {
      throw DomainError.notFound(
        "no municipality has had kommunenummer \(Quote.short(request.kommunenummer))")
    }
    let tenantScope = try await scope.tenantScope(tenant: tenant)
    var series = IndicatorSeries()
    series.kommunenummer = tenant.number(on: CivilTime.today()) ?? request.kommunenummer
    series.name = tenant.name
    series.indicator = Self.definition(indicator)
    for year in from...to {
      let values = try await Self.values(year: year, scope: tenantScope)
      var entry = YearValue()
      entry.year = year
      entry.value = values.message.values.first { $0.indicatorID == indicator.id }
      series.years.append(entry)
    }
    return series
  }

  /// One municipality's published values for a year, and what the comparison needs.
  package struct Municipality {
    var kommunenummer: String
    let allocation: Double
    /// Whether IMDi allocated it more than 0 kr for the year: it administers the scheme then.
    let administers: Bool
    /// `cohort-2015` (joined the scheme before 2022) or `cohort-2022` (in 2022 or later), as
    /// IMDi states it on its allocations; nil when not stated.
    let cohort: String?
    let values: [String: PublishedValue]
    var message: MunicipalityValues

    package init(
      kommunenummer: String, allocation: Double, administers: Bool, cohort: String?,
      values: [String: PublishedValue], message: MunicipalityValues = MunicipalityValues()
    ) {
      self.kommunenummer = kommunenummer
      self.allocation = allocation
      self.administers = administers
      self.cohort = cohort
      self.values = values
      self.message = message
    }
  }

  /// Every active municipality (not test tenants), each read in one transaction of its own
  /// store, in kommunenummer order.
  static func municipalities(year: Int32, includingTests: Bool, scope: OversightScope)
    async throws -> [Municipality]
  {
    let today = CivilTime.today()
    let tenants = scope.registry.all.filter { $0.active && (includingTests || !$0.test) }
      .map { ($0, $0.number(on: today) ?? $0.numbers.last?.kommunenummer ?? "") }
      .sorted { $0.1 < $1.1 }
    // Several stores at once (each read is one transaction of its own store).
    return try await withThrowingTaskGroup(of: Municipality.self) { group in
      var municipalities: [Municipality] = []
      var pending = tenants[...]
      func start() async throws {
        guard let (tenant, kommunenummer) = pending.popFirst() else { return }
        let tenantScope = try await scope.tenantScope(tenant: tenant)
        group.addTask {
          var municipality = try await values(year: year, scope: tenantScope)
          municipality.kommunenummer = kommunenummer
          municipality.message.kommunenummer = kommunenummer
          return municipality
        }
      }
      for _ in 0..<Self.concurrentReads { try await start() }
      while let municipality = try await group.next() {
        municipalities.append(municipality)
        try await start()
      }
      return municipalities.sorted { $0.kommunenummer < $1.kommunenummer }
    }
  }

  /// Municipalities' stores read at once.
  static let concurrentReads = 8

  /// One municipality's published values for `year`, read in one transaction of its store.
  static func values(year: Int32, scope tenantScope: TenantScope) async throws -> Municipality {
    let tenant = tenantScope.tenant
    let (figures, position, population, joined) = try await tenantScope.read { store in
      (
        try GrantFigures.year(year, in: store) + MeetingPlaceFigures.year(year, in: store)
          + DialogueFigures.year(year, in: store),
        try store.changeFeedPosition(),
        try OversightTables.populations.find(OversightTables.populationID(year), in: store)?
          .inhabitants,
        try GrantRecords.joinedSchemeYear(in: store)
      )
    }
    let published = Publication.values(figures, population: population)
    let values = Dictionary(published.map { ($0.indicator, $0) }, uniquingKeysWith: { a, _ in a })
    // The year's allocation, always published: more than 0 kr means it administers the scheme.
    let allocation = values["grants.allocation"]?.value ?? 0
    let allocated = allocation > 0
    var message = MunicipalityValues()
    message.kommunenummer = tenant.number(on: CivilTime.today()) ?? ""
    message.name = tenant.name
    message.asOfSequence = position
    message.administersScheme = allocated
    message.joinedSchemeYear = joined ?? 0
    let isCompleteness = { (value: PublishedValue) in
      value.indicator.hasPrefix(Self.completenessPrefix)
    }
    message.values = published.filter { !isCompleteness($0) }.map(Self.message)
    message.completeness = published.filter(isCompleteness).map {
      var value = Self.message($0)
      value.indicatorID.removeFirst(Self.completenessPrefix.count)
      return value
    }
    return Municipality(
      kommunenummer: message.kommunenummer, allocation: allocation, administers: allocated,
      cohort: joined.map { $0 < 2022 ? "cohort-2015" : "cohort-2022" }, values: values,
      message: message)
  }

  /// The catalogue's indicator `id`.
  /// - Throws: INVALID_ARGUMENT naming `indicator_id` when there is none.
  static func indicator(_ id: String) throws(DomainError) -> Indicator {
    guard let indicator = IndicatorCatalogue.indicator(id) else {
      throw .invalid(
        "indicator_id",
        "indicator_id \(Quote.short(id)) is not an indicator\(IndicatorCatalogue.suggestion(for: id))"
      )
    }
    return indicator
  }

  /// The figures about the records' completeness rather than an indicator.
  static let completenessPrefix = "completeness."

  static func message(_ value: PublishedValue) -> IndicatorValue {
    var message = IndicatorValue()
    message.indicatorID = value.indicator
    message.value = value.value
    message.numerator = value.numerator
    message.denominator = value.denominator
    message.suppressed = value.suppressed
    return message
  }

  static func definition(_ indicator: Indicator) -> IndicatorDefinition {
    var definition = IndicatorDefinition()
    definition.id = indicator.id
    definition.nameNB = indicator.nameNorwegian
    definition.nameEN = indicator.nameEnglish
    definition.numerator = indicator.numerator
    definition.denominator = indicator.denominator
    definition.unit = indicator.unit
    definition.direction = indicator.direction
    definition.source = indicator.source.rawValue
    return definition
  }
}
