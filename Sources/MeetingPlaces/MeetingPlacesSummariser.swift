internal import DomainValues
package import SamarbeidAPI

/// A year of meeting-place work computed from the records alone: the rules of
/// `SummariseMeetingPlaces`, apart from the store so they can be checked by hand.
package struct MeetingPlacesSummariser {
  let year: Int32
  /// Places whose period overlaps the year.
  let places: [MeetingPlace]
  /// Gatherings starting in the year.
  let gatherings: [Gathering]
  /// The ids of the tenant's immigrant organisations among those named.
  let immigrantOrganisations: Set<String>

  package init(
    year: Int32, places: [MeetingPlace], gatherings: [Gathering],
    immigrantOrganisations: Set<String>
  ) {
    self.year = year
    self.places = places
    self.gatherings = gatherings
    self.immigrantOrganisations = immigrantOrganisations
  }

  package var summary: MeetingPlacesSummary {
    var summary = MeetingPlacesSummary()
    summary.year = year
    summary.totals = totals(of: gatherings)
    summary.placesByRole = MunicipalRole.allSpecified.map { role in
      var count = RoleCount()
      count.role = role
      count.meetingPlaces = Int32(places.count { $0.municipalRoles.contains(role) })
      return count
    }
    let byPlace = Dictionary(grouping: gatherings, by: \.meetingPlaceID)
    summary.meetingPlaces = places.sorted { ($0.name, $0.id) < ($1.name, $1.id) }.map { place in
      let held = byPlace[place.id] ?? []
      var entry = MeetingPlaceSummary()
      entry.meetingPlaceID = place.id
      entry.name = place.name
      entry.totals = totals(of: held)
      entry.months = months(of: held)
      return entry
    }
    return summary
  }

  /// Counts, sums and shares over `gatherings`.
  func totals(of gatherings: [Gathering]) -> GatheringTotals {
    var totals = GatheringTotals()
    var organisations = Set<String>()
    // Per part: the part's sum, and the total attendance where that part was counted.
    var parts = [(sum: Int64, base: Int64, gatherings: Int32)](repeating: (0, 0, 0), count: 4)
    for gathering in gatherings {
      switch gathering.state {
      case .planned: totals.gatheringsPlanned += 1
      case .cancelled: totals.gatheringsCancelled += 1
      case .completed: break
      default: continue
      }
      guard gathering.state == .completed, let attendance = gathering.attendance else { continue }
      totals.gatheringsHeld += 1
      let total = Int64(attendance.total?.count ?? 0)
      totals.attendance += total
      for (index, part) in attendance.parts.enumerated() {
        guard let count = part.count else { continue }
        parts[index].sum += Int64(count.count)
        parts[index].base += total
        parts[index].gatherings += 1
      }
      organisations.formUnion(gathering.organisations.map(\.organisationID))
      if gathering.organisations.contains(where: {
        $0.role == .coHosting && immigrantOrganisations.contains($0.organisationID)
      }) {
        totals.coHostedByImmigrantOrganisation += 1
      }
    }
    totals.gatheringsCountingImmigrantBackground = parts[0].gatherings
    totals.gatheringsCountingWomen = parts[1].gatherings
    totals.gatheringsCountingUnder18 = parts[2].gatherings
    totals.gatheringsCountingFirstTime = parts[3].gatherings
    totals.immigrantBackground = parts[0].sum
    totals.women = parts[1].sum
    totals.under18 = parts[2].sum
    totals.firstTime = parts[3].sum
    totals.immigrantBackgroundPermille = Share.permille(parts[0].sum, of: parts[0].base)
    totals.womenPermille = Share.permille(parts[1].sum, of: parts[1].base)
    totals.under18Permille = Share.permille(parts[2].sum, of: parts[2].base)
    totals.firstTimePermille = Share.permille(parts[3].sum, of: parts[3].base)
    totals.organisationsInvolved = Int32(organisations.count)
    totals.coHostedByImmigrantOrganisationPermille = Share.permille(
      Int64(totals.coHostedByImmigrantOrganisation), of: Int64(totals.gatheringsHeld))
    return totals
  }

  /// January to December: gatherings held and attendance.
  func months(of gatherings: [Gathering]) -> [MonthTotals] {
    var months = (1...12).map { month in
      var totals = MonthTotals()
      totals.month = "\(year)-\(month < 10 ? "0" : "")\(month)"
      return totals
    }
    for gathering in gatherings where gathering.state == .completed {
      guard let month = Int(gathering.startsAt.dropFirst(5).prefix(2)), (1...12).contains(month)
      else { continue }
      months[month - 1].gatheringsHeld += 1
      months[month - 1].attendance += Int64(gathering.attendance?.total?.count ?? 0)
    }
    return months
  }
}
