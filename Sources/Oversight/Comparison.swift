package import SamarbeidAPI

/// One indicator across municipalities: where the values lie nationally and in each size
/// class, and for shares which municipalities are outside the funnel limits.
package struct Comparison {
  let indicator: Indicator
  let municipalities: [OversightService.Municipality]

  package init(indicator: Indicator, municipalities: [OversightService.Municipality]) {
    self.indicator = indicator
    self.municipalities = municipalities
  }

  /// The size classes: allocation terciles of the year.
  static let sizeClasses = ["small", "medium", "large"]

  package var message: IndicatorComparison {
    var comparison = IndicatorComparison()
    // Only the municipalities administering the scheme in the year are compared.
    let municipalities = self.municipalities.filter(\.administers)
    comparison.outsideScheme = Int32(self.municipalities.count - municipalities.count)
    let valued = municipalities.compactMap {
      municipality -> (OversightService.Municipality, Double)? in
      municipality.values[indicator.id]?.value.map { (municipality, $0) }
    }
    comparison.withoutValue = Int32(municipalities.count - valued.count)
    comparison.national = Self.distribution(valued.map(\.1))
    let bySize = municipalities.sorted { $0.allocation < $1.allocation }
    let size = bySize.count
    comparison.peerGroups = Self.sizeClasses.enumerated().map { index, name in
      let members = Set(
        bySize[(index * size / 3)..<((index + 1) * size / 3)].map(\.kommunenummer))
      var group = PeerGroup()
      group.name = name
      group.distribution = Self.distribution(
        valued.filter { members.contains($0.0.kommunenummer) }.map(\.1))
      return group
    }
    for cohort in ["cohort-2015", "cohort-2022"] {
      var group = PeerGroup()
      group.name = cohort
      group.distribution = Self.distribution(valued.filter { $0.0.cohort == cohort }.map(\.1))
      comparison.peerGroups.append(group)
    }
    guard indicator.isProportion else { return comparison }
    let units = valued.compactMap { municipality, _ -> (String, FunnelPlot.Unit, Int64)? in
      guard let value = municipality.values[indicator.id], let proportion = value.value,
        let denominator = value.denominator, denominator > 0
      else { return nil }
      return (
        municipality.kommunenummer,
        FunnelPlot.Unit(proportion: proportion, denominator: denominator), value.numerator ?? 0
      )
    }
    guard let funnel = FunnelPlot(units.map(\.1)) else { return comparison }
    comparison.funnelTarget = funnel.target
    comparison.funnelDispersion = funnel.dispersion
    comparison.funnelTau2 = funnel.tau2
    comparison.funnel = units.map { kommunenummer, unit, numerator in
      var point = FunnelPoint()
      point.kommunenummer = kommunenummer
      point.value = unit.proportion
      point.numerator = numerator
      point.denominator = unit.denominator
      (point.lower95, point.upper95) = funnel.limits(
        denominator: unit.denominator, z: FunnelPlot.z95)
      (point.lower998, point.upper998) = funnel.limits(
        denominator: unit.denominator, z: FunnelPlot.z998)
      return point
    }
    for (kommunenummer, unit, numerator) in units {
      let wide = funnel.position(of: unit, z: FunnelPlot.z998)
      let narrow = funnel.position(of: unit, z: FunnelPlot.z95)
      guard narrow != 0 else { continue }
      var outlier = FunnelOutlier()
      outlier.kommunenummer = kommunenummer
      outlier.value = unit.proportion
      outlier.numerator = numerator
      outlier.denominator = unit.denominator
      outlier.limit = wide != 0 ? 99.8 : 95
      outlier.side = Int32(narrow)
      comparison.outliers.append(outlier)
    }
    return comparison
  }

  static func distribution(_ values: [Double]) -> ValueDistribution? {
    guard let distribution = Distribution(values) else { return nil }
    var message = ValueDistribution()
    message.municipalities = Int32(distribution.count)
    message.minimum = distribution.minimum
    message.lowerQuartile = distribution.lowerQuartile
    message.median = distribution.median
    message.upperQuartile = distribution.upperQuartile
    message.maximum = distribution.maximum
    return message
  }
}
