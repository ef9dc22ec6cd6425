import DomainValues
import Foundation
import GRPCTestSupport
import Grants
import ProtoWire
import RPC
import SamarbeidAPI
import SamarbeidClient
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `samarbeid.v1.Oversight` from the outside over TLS, as IMDi: the catalogue, every
/// municipality's values (suppressed where small, stamped with its change-feed position),
/// one indicator compared; never a record, a name or free text; municipalities refused.
@Suite("Oversight over TLS") struct OversightServiceTests {
  /// A granted and a refused application in `kommune` (allocation 1,000,000 kr; `granted` øre).
  static func year(
    _ fixture: GrantsFixture, _ client: GRPCClient, kommune: String, index: Int, granted: Int64
  )
    async throws
  {
    try await fixture.allocate(kommune, amount: 100_000_000)
    let call = try await fixture.call(client, part: .activity, purposes: [.a])
    for (offset, outcome) in [(0, DecisionOutcome.granted), (1, .refused)] {
      let organisation = try await fixture.organisation(
        client, kommune: kommune, index: index + offset
      ) { $0.contact = ContactPerson(name: "Hemmelig Kontakt \(index + offset)") }
      let application = try await fixture.application(
        client, call: call, organisation: organisation, amount: granted, purpose: .a)
      let ready = try await fixture.ready(client, application)
      _ = try await fixture.decide(
        client, ready, outcome: outcome, amount: outcome == .granted ? granted : 0,
        reason: outcome == .granted ? "" : "Nei")
    }
  }

  /// The report in headless Chromium (Debian's `chromium`, which `make test` installs): no
  /// console message, every chart in the rendered page, a screenshot kept as a test artefact
  /// (`.build/test-artefacts/oversight-report.png`). Without Chromium the check is skipped,
  /// unless SAMARBEID_REQUIRE_CHROMIUM=1 (as `make test` sets) makes that a failure.
  static func renderInChromium(_ report: URL, charts: Int) async throws {
    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    guard let chromium else {
      #expect(
        ProcessInfo.processInfo.environment["SAMARBEID_REQUIRE_CHROMIUM"] != "1",
        "chromium is required (apt-get install chromium)")
      return
    }
    let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0"]
    let dom = try await ChildProcess.run(
      chromium, flags + ["--dump-dom", report.absoluteString], limit: 60)
    #expect(dom.status == 0)
    #expect(!dom.output.contains(":CONSOLE"), "no console message: \(dom.output.prefix(2000))")
    #expect(dom.output.components(separatedBy: "<svg").count - 1 == charts)
    let artefacts = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent(".build/test-artefacts")
    try FileManager.default.createDirectory(at: artefacts, withIntermediateDirectories: true)
    let screenshot = artefacts.appendingPathComponent("oversight-report.png")
    try? FileManager.default.removeItem(at: screenshot)
    let shot = try await ChildProcess.run(
      chromium,
      flags + [
        "--screenshot=\(screenshot.path)", "--window-size=1280,4000", report.absoluteString,
      ], limit: 60)
    #expect(shot.status == 0)
    #expect(FileManager.default.fileExists(atPath: screenshot.path), "the screenshot is kept")
  }

  @Test("issue 25's first case made through the API, on the run's store: nothing recoverable")
  func rejectionsOverTLS() async throws {
    try await GrantsFixture.with { fixture in
      let oslo = fixture.oslo
      try await fixture.allocate("0301", amount: 100_000_000)
      let call = try await fixture.call(oslo, part: .activity, purposes: [.a])
      let outcomes =
        Array(repeating: DecisionOutcome.granted, count: 6)
        + Array(repeating: .refused, count: 9) + Array(repeating: .rejected, count: 2)
      for (index, outcome) in outcomes.enumerated() {
        let organisation = try await fixture.organisation(oslo, kommune: "0301", index: 40 + index)
        let application = try await fixture.application(
          oslo, call: call, organisation: organisation, amount: 1_000_000, purpose: .a)
        _ = try await fixture.decide(
          oslo, try await fixture.ready(oslo, application), outcome: outcome,
          amount: outcome == .granted ? 1_000_000 : 0,
          reason: outcome == .granted ? "" : "Ikke innenfor ordningen")
      }
      var request = GetIndicatorValuesRequest()
      request.year = fixture.year
      let values = try await fixture.oversight.call(OversightMethods.getIndicatorValues, request)
      let municipality = try #require(values.municipalities.first { $0.kommunenummer == "0301" })
      let published =
        municipality.values
        + municipality.completeness.map {
          var value = $0
          value.indicatorID = "completeness." + value.indicatorID
          return value
        }
      #expect(
        published.first { $0.indicatorID == "grants.applications-rejected" }?.suppressed == true)
      // What the records are, cell by cell, for the independent audit.
      var counts = GrantYearCounts()
      (counts.grantedInFull, counts.refused, counts.rejected, counts.held) = (6, 9, 2, 6)
      counts.daysToDecision = Array(repeating: 0, count: 17)
      counts.immigrantOrganisationsFunded = 6
      let cells = counts.figures.cells
      let report = try DisclosureTests.audited([
        DisclosureTests.AuditCase(
          name: "over TLS", population: nil,
          cells: Dictionary(uniqueKeysWithValues: zip(cells.names, cells.values)),
          published: published.map {
            DisclosureTests.AuditCase.Value(
              indicator: $0.indicatorID, value: $0.value, numerator: $0.numerator,
              denominator: $0.denominator, suppressed: $0.suppressed)
          })
      ])
      if let report {
        #expect(report.unprotected.isEmpty, "\(report.unprotected)")
        #expect(report.checked >= 1)
      }
    }
  }

  @Test("a series follows the municipality through a new number")
  func series() async throws {
    try await GrantsFixture.with { fixture in
      try await Self.year(fixture, fixture.oslo, kommune: "0301", index: 1, granted: 10_000_000)
      let imdi = fixture.oversight
      let tenants = try await imdi.call(TenantRegistryMethods.listTenants, ListTenantsRequest())
      let oslo = try #require(tenants.tenants.first { $0.kommunenummer == "0301" })
      var renumber = RenumberMunicipalityRequest()
      renumber.kommunenummer = "0301"
      renumber.newKommunenummer = "0302"
      renumber.effectiveFrom = fixture.day(1)
      renumber.expectedVersion = oslo.version
      _ = try await imdi.call(TenantRegistryMethods.renumberMunicipality, renumber)
      var request = GetIndicatorSeriesRequest()
      request.indicatorID = "grants.allocation"
      request.fromYear = fixture.year - 1
      request.toYear = fixture.year
      for number in ["0301", "0302"] {
        request.kommunenummer = number
        let series = try await imdi.call(OversightMethods.getIndicatorSeries, request)
        #expect(series.name == "Oslo" && series.kommunenummer == "0301", "\(number)")
        #expect(series.years.map(\.year) == [fixture.year - 1, fixture.year])
        // The year before holds no grant records: no data, not 0.
        #expect(series.years.map { $0.value?.value } == [nil, 1_000_000])
        #expect(series.years.map { $0.value?.suppressed } == [false, false])
      }
      request.kommunenummer = "9999"
      let unknown = await refusal {
        _ = try await imdi.call(OversightMethods.getIndicatorSeries, request)
      }
      #expect(unknown?.code == .notFound)
      request.kommunenummer = "0301"
      request.fromYear = fixture.year + 1
      let backwards = await refusal {
        _ = try await imdi.call(OversightMethods.getIndicatorSeries, request)
      }
      #expect(backwards?.code == .invalidArgument)
    }
  }

  @Test("catalogue, values and a comparison; no personal data; municipalities refused")
  func oversight() async throws {
    try await GrantsFixture.with { fixture in
      try await Self.year(fixture, fixture.oslo, kommune: "0301", index: 1, granted: 10_000_000)
      try await Self.year(fixture, fixture.bergen, kommune: "4601", index: 11, granted: 30_000_000)
      let imdi = fixture.oversight
      let catalogue = try await imdi.call(OversightMethods.listIndicators, ListIndicatorsRequest())
      #expect(catalogue.indicators.count >= 30)
      #expect(
        catalogue.indicators.allSatisfy { $0.unit != .unspecified && $0.direction != .unspecified })

      var request = GetIndicatorValuesRequest()
      request.year = fixture.year
      let values = try await imdi.call(OversightMethods.getIndicatorValues, request)
      let oslo = try #require(values.municipalities.first { $0.kommunenummer == "0301" })
      let osloValues = Dictionary(uniqueKeysWithValues: oslo.values.map { ($0.indicatorID, $0) })
      #expect(osloValues["grants.allocation"]?.value == 1_000_000)
      #expect(osloValues["grants.granted-share"]?.value == 0.1)
      #expect(osloValues["grants.applications"]?.suppressed == true)
      #expect(osloValues["grants.applications"]?.value == nil)
      #expect(oslo.asOfSequence > 0, "stamped with its change-feed position")
      #expect(
        oslo.completeness.map(\.indicatorID)
          == ["reports", "immigrant-background-counted", "views-after-meetings"])
      #expect(oslo.completeness.allSatisfy { $0.value == nil && !$0.suppressed }, "nothing due yet")
      let bytes = String(decoding: values.serializedBytes(), as: UTF8.self)
      #expect(
        !bytes.contains("Hemmelig Kontakt") && !bytes.contains("Forening"),
        "no names leave a tenant")
      #expect(!values.municipalities.contains { $0.kommunenummer == "3999" }, "no test tenants")

      // Only municipalities with an allocation for the year are compared, and nobody is in a
      // cohort until IMDi states when it joined the scheme.
      var compare = CompareIndicatorRequest()
      compare.indicatorID = "grants.granted-share"
      compare.year = fixture.year
      let unstated = try await imdi.call(OversightMethods.compareIndicator, compare)
      #expect(
        unstated.peerGroups.filter { $0.name.hasPrefix("cohort-") }.allSatisfy {
          $0.distribution == nil
        })
      #expect(unstated.withoutValue == 0)
      #expect(unstated.outsideScheme == Int32(values.municipalities.count - 2))
      #expect(
        values.municipalities.filter(\.administersScheme).map(\.kommunenummer) == [
          "0301", "4601",
        ])
      // Oslo, one of the original 20, joined in 2015 (stated on an earlier allocation);
      // Bergen in 2022 (stated on this year's).
      var earlier = SetAllocationRequest()
      earlier.kommunenummer = "0301"
      earlier.year = 2020
      earlier.amountOre = 50_000_000
      earlier.letterReference = "IMDi 20/1"
      earlier.joinedSchemeYear = 2021
      let afterTheYear = await refusal {
        earlier.joinedSchemeYear = 2021
        _ = try await imdi.call(GrantsOversightMethods.setAllocation, earlier)
      }
      #expect(afterTheYear?.code == .invalidArgument)
      #expect(
        afterTheYear?.message.contains("2015 (the scheme's first year) to 2020") == true,
        "\(String(describing: afterTheYear))")
      earlier.joinedSchemeYear = 2015
      _ = try await imdi.call(GrantsOversightMethods.setAllocation, earlier)
      var listing = ListAllocationsRequest()
      listing.year = fixture.year
      let bergen = try #require(
        try await imdi.call(GrantsOversightMethods.listAllocations, listing).allocations.first {
          $0.kommunenummer == "4601"
        })
      var joined = SetAllocationRequest()
      joined.kommunenummer = "4601"
      joined.year = fixture.year
      joined.amountOre = bergen.amountOre
      joined.letterReference = bergen.letterReference
      joined.expectedVersion = bergen.version
      joined.joinedSchemeYear = 2022
      #expect(
        try await imdi.call(GrantsOversightMethods.setAllocation, joined).joinedSchemeYear == 2022)
      let comparison = try await imdi.call(OversightMethods.compareIndicator, compare)
      let cohorts = Dictionary(
        uniqueKeysWithValues: comparison.peerGroups.map { ($0.name, $0.distribution) })
      #expect(cohorts["cohort-2015"]??.median == 0.1, "Oslo")
      #expect(cohorts["cohort-2022"]??.median == 0.3, "Bergen")
      #expect(comparison.peerGroups.map(\.name).prefix(3) == ["small", "medium", "large"])
      var all = CompareIndicatorsRequest()
      all.year = fixture.year
      let everyIndicator = try await imdi.call(OversightMethods.compareIndicators, all)
      #expect(everyIndicator.comparisons.count == catalogue.indicators.count)
      #expect(
        everyIndicator.comparisons.first { $0.indicator?.id == "grants.granted-share" }
          == comparison)
      #expect(comparison.national?.municipalities == 2)
      #expect(comparison.national?.median == 0.2, "0.1 and 0.3")
      #expect(comparison.indicator?.unit == .share)
      #expect(comparison.withoutValue == 0)
      #expect(comparison.outsideScheme == Int32(values.municipalities.count - 2))
      #expect(catalogue.completeness.map(\.id) == oslo.completeness.map(\.indicatorID))
      compare.indicatorID = "grants.nothing"
      let unknown = await refusal {
        _ = try await imdi.call(OversightMethods.compareIndicator, compare)
      }
      #expect(unknown?.code == .invalidArgument)
      compare.indicatorID = "granted-share"
      let unqualified = await refusal {
        _ = try await imdi.call(OversightMethods.compareIndicator, compare)
      }
      #expect(unqualified?.message.contains("did you mean grants.granted-share?") == true)
      #expect(unqualified?.message.contains("samarbeid oversight indicators --catalogue") == true)

      // Rates per 1,000 inhabitants once IMDi supplies the population; a bad request
      // writes nothing.
      #expect(osloValues["meeting-places.gatherings-per-1000"]?.value == nil)
      let baseline = try await imdi.call(OversightMethods.getIndicatorValues, request)
        .municipalities.first { $0.kommunenummer == "0301" }?.asOfSequence
      var populations = SetPopulationsRequest()
      populations.year = fixture.year
      populations.populations = [
        MunicipalityPopulation(kommunenummer: "0301", inhabitants: 700_000),
        MunicipalityPopulation(kommunenummer: "9999", inhabitants: 1000),
      ]
      let unknownMunicipality = await refusal {
        _ = try await imdi.call(OversightMethods.setPopulations, populations)
      }
      #expect(unknownMunicipality?.code == .notFound)
      populations.populations[1] = MunicipalityPopulation(kommunenummer: "4601", inhabitants: 0)
      let none = await refusal {
        _ = try await imdi.call(OversightMethods.setPopulations, populations)
      }
      #expect(none?.code == .invalidArgument)
      let unchanged = try await imdi.call(OversightMethods.getIndicatorValues, request)
      #expect(
        unchanged.municipalities.first { $0.kommunenummer == "0301" }?.asOfSequence
          == baseline, "nothing was written")
      populations.populations[1].inhabitants = 290_000
      let set = try await imdi.call(OversightMethods.setPopulations, populations)
      #expect(set.populations.map(\.inhabitants) == [700_000, 290_000])
      let rated = try await imdi.call(OversightMethods.getIndicatorValues, request)
      let osloRated = try #require(rated.municipalities.first { $0.kommunenummer == "0301" })
      // Oslo has no meeting-place records this year: no data, not 0 per 1,000.
      let rate = osloRated.values.first { $0.indicatorID == "meeting-places.gatherings-per-1000" }
      #expect(rate?.value == nil && rate?.suppressed == false)
      #expect(osloRated.asOfSequence > baseline ?? 0, "the population is a change too")

      // The same through the command line, as IMDi.
      let cli = CLIRunner(port: fixture.server.port)
      let rows = try await cli.cli(
        [
          "oversight", "indicators", "--year", "\(fixture.year)", "--indicator",
          "grants.applications",
        ],
        as: "oversight-imdi")
      let osloRow = rows.rows.first { $0["kommunenummer"] as? String == "0301" }
      #expect(
        osloRow?["value"] is NSNull && osloRow?["suppressed"] as? Bool == true, "\(rows.errors)")
      let compared = try await cli.cli(
        [
          "oversight", "compare", "--indicator", "grants.granted-share", "--year",
          "\(fixture.year)",
        ],
        as: "oversight-imdi")
      #expect((compared.object["national"] as? [String: Any])?["median"] as? Double == 0.2)
      let catalogueRows = try await cli.cli(
        ["oversight", "indicators", "--year", "\(fixture.year)", "--catalogue"],
        as: "oversight-imdi")
      #expect(catalogueRows.rows.count == catalogue.indicators.count)
      // As the issue writes it: no years named, from the scheme's start to this year.
      let series = try await cli.cli(
        ["oversight", "series", "--kommune", "0301", "--indicator", "grants.allocation"],
        as: "oversight-imdi")
      #expect(series.status == 0, "\(series.errors)")
      #expect(series.rows.last?["year"] as? Int == Int(fixture.year))

      // The report: one self-contained, well-formed file, every chart titled and described.
      let report = FileManager.default.temporaryDirectory.appendingPathComponent(
        "oversight-\(UUID()).html")
      defer { try? FileManager.default.removeItem(at: report) }
      let rendered = try await cli.cli(
        ["oversight", "report", "--year", "\(fixture.year)", "--out", report.path],
        as: "oversight-imdi")
      #expect(rendered.status == 0, "\(rendered.errors)")
      let html = try String(contentsOf: report, encoding: .utf8)
      let document = try XMLDocument(data: Data(html.utf8), options: [])
      let charts = try document.nodes(forXPath: "//*[local-name()='svg']")
      #expect(charts.count >= 3, "allocation and a profile per municipality compared")
      for chart in charts {
        let element = try #require(chart as? XMLElement)
        #expect(try !element.nodes(forXPath: "*[local-name()='title']").isEmpty)
        #expect(try !element.nodes(forXPath: "*[local-name()='desc']").isEmpty)
      }
      #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("@import"))
      #expect(html.contains(">:</td>") && !html.contains("Hemmelig Kontakt"), "withheld marked")
      // Norwegian by default: findings first, how to read it, the three preconditions.
      #expect(html.contains("lang=\"nb\""))
      let order = [
        "id=\"findings\"", "id=\"how\"", "id=\"grants\"", "id=\"meeting-places\"",
        "id=\"dialogues\"", "id=\"profiles\"", "id=\"table\"",
      ].map { html.range(of: $0)?.lowerBound }
      #expect(!order.contains(nil) && order.compactMap { $0 } == order.compactMap { $0 }.sorted())
      #expect(html.contains("Slik leser du rapporten") && html.contains("Likeverdige partnere"))
      try await Self.renderInChromium(report, charts: charts.count)
      let english = try await cli.cli(
        [
          "oversight", "report", "--year", "\(fixture.year)", "--out", report.path, "--language",
          "en",
        ],
        as: "oversight-imdi")
      #expect(english.status == 0, "\(english.errors)")
      let inEnglish = try String(contentsOf: report, encoding: .utf8)
      #expect(inEnglish.contains("lang=\"en\"") && inEnglish.contains("How to read this report"))
      #expect(inEnglish.contains("3. Equal partners") && inEnglish.contains("Findings"))
      _ = try XMLDocument(data: Data(inEnglish.utf8), options: [])

      let municipality = await refusal {
        _ = try await fixture.oslo.call(OversightMethods.listIndicators, ListIndicatorsRequest())
      }
      #expect(municipality?.code == .permissionDenied)
    }
  }
}
