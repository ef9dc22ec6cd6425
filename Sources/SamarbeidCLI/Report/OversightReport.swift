import Foundation
import SamarbeidAPI

/// The oversight report for a year, for the people at IMDi who read it: first what stands
/// out (who lies outside the 99.8 % limits, on which indicator and which way; what changed
/// since last year), how to read it, then the indicators under the study's three
/// preconditions, each municipality's compact profile, and every value in a table. One
/// self-contained, well-formed HTML file (no scripts, fonts or images) with inline SVG charts,
/// each titled and described. Norwegian bokmål unless `language` says English.
struct OversightReport {
  let year: Int32
  /// When the values were read, e.g. `2026-12-07 23:09 UTC`.
  let readAt: String
  let catalogue: [IndicatorDefinition]
  let values: GetIndicatorValuesResponse
  let comparisons: [String: IndicatorComparison]
  /// Last year's comparisons (empty when there are none; nil when they could not be read).
  var previous: [String: IndicatorComparison]? = [:]
  var language = ReportLanguage.nb

  typealias Chart = SVGChart

  func value(_ municipality: MunicipalityValues, _ id: String) -> IndicatorValue? {
    municipality.values.first { $0.indicatorID == id }
  }

  func say(_ nb: String, _ en: String) -> String { language.pick(nb, en) }

  func name(_ definition: IndicatorDefinition) -> String {
    language.norwegian ? definition.nameNB : definition.nameEN
  }

  var names: [String: String] {
    Dictionary(
      values.municipalities.map { ($0.kommunenummer, $0.name) }, uniquingKeysWith: { a, _ in a })
  }

  var html: String {
    let groups = language.preconditions.map { group in
      section(group.source, heading: group.heading, lead: group.lead)
    }
    return """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" lang="\(language.rawValue)"><head>\
      <meta charset="utf-8"/><title>\(Chart.escape(title))</title><style>\
      body{font-family:sans-serif;max-width:62rem;margin:auto;padding:0 1rem;line-height:1.4}\
      td,th{border:1px solid #999;padding:2px 4px;font-size:12px;vertical-align:top}\
      th{background:#eef}table{border-collapse:collapse;margin:.5rem 0}td.n{text-align:right}\
      figcaption{font-size:13px}figure{margin:1rem 0}.wide{overflow-x:auto}\
      </style></head><body><h1>\(Chart.escape(title))</h1><p>\(Chart.escape(introduction))</p>\
      \(findings)\(howToRead)\(groups.joined())\(profiles)\(table)</body></html>
      """
  }

  var title: String {
    say("Nasjonalt tilsyn med tilskuddsordningen \(year)", "National oversight \(year)")
  }

  var introduction: String {
    let compared = values.municipalities.filter(\.administersScheme).count
    return say(
      "Tall fra \(values.municipalities.count) kommuner, lest \(readAt); \(compared) forvaltet ordningen i \(year) og sammenlignes. Bare aggregater: hver kommunes tall er regnet ut i dens egne registre.",
      "Figures from \(values.municipalities.count) municipalities, read at \(readAt); \(compared) administered the scheme in \(year) and are compared. Aggregates only: each municipality's figures are computed in its own records."
    )
  }

  // MARK: Findings

  var findings: String {
    let names = self.names
    var wide: [String] = []
    var narrow: [String] = []
    for definition in catalogue {
      let outliers = comparisons[definition.id]?.outliers ?? []
      for side in [Int32(1), -1] {
        let judgement: String
        switch (definition.direction, side > 0) {
        case (.higherIsBetter, true), (.lowerIsBetter, false):
          judgement = say(" (bedre enn ventet)", " (better than expected)")
        case (.higherIsBetter, false), (.lowerIsBetter, true):
          judgement = say(" (svakere enn ventet)", " (worse than expected)")
        default: judgement = ""
        }
        let heading =
          "<b>\(Chart.escape(name(definition)))</b>, "
          + (side > 0
            ? say("over grensene", "above the limits") : say("under grensene", "below the limits"))
          + judgement
        // Outside 99.8 %: each with its value and counts.
        let far = outliers.filter { $0.side == side && $0.limit > 99 }.map { outlier in
          "\(outlier.kommunenummer) \(names[outlier.kommunenummer] ?? "") "
            + "(\(shown(outlier.value, definition))"
            // A share of money has no count of its own to give.
            + (definition.id != "grants.operating-share"
              ? ", \(outlier.numerator) \(say("av", "of")) \(outlier.denominator))" : ")")
        }
        if !far.isEmpty {
          wide.append("<li>\(heading): \(Chart.escape(far.joined(separator: "; ")))</li>")
        }
        // Outside 95 % only: how many, and their numbers.
        let near = outliers.filter { $0.side == side && $0.limit <= 99 }.map(\.kommunenummer)
        if !near.isEmpty {
          narrow.append(
            "<li>\(heading): \(near.count) \(say(near.count == 1 ? "kommune" : "kommuner", near.count == 1 ? "municipality" : "municipalities")) "
              + "(\(Chart.escape(near.joined(separator: ", "))))</li>")
        }
      }
    }
    var changes: [String] = []
    for definition in catalogue {
      guard let now = comparisons[definition.id]?.national?.median,
        let then = previous?[definition.id]?.national?.median,
        shown(now, definition) != shown(then, definition)
      else { continue }
      changes.append(
        "<li>\(Chart.escape(name(definition))): \(say("median", "median")) "
          + "\(Chart.escape(shown(then, definition))) → \(Chart.escape(shown(now, definition)))</li>"
      )
    }
    let none = "<p>\(say("Ingen.", "None."))</p>"
    return """
      <section id="findings"><h2>\(say("Funn", "Findings"))</h2>\
      <h3>\(say("Utenfor 99,8 %-grensene: mer enn tilfeldig variasjon", "Outside the 99.8 % limits: more than chance"))</h3>\
      \(wide.isEmpty ? none : "<ul>\(wide.joined())</ul>")\
      <h3>\(say("Utenfor 95 %-grensene, innenfor 99,8 %", "Outside the 95 % limits, inside 99.8 %"))</h3>\
      \(narrow.isEmpty ? none : "<ul>\(narrow.joined())</ul>")\
      <h3>\(say("Endret siden \(year - 1)", "Changed since \(year - 1)"))</h3>\
      \(previous == nil ? "<p>\(say("Tallene for \(year - 1) kunne ikke leses.", "The figures for \(year - 1) could not be read."))</p>" : changes.isEmpty ? "<p>\(say("Ingen nasjonal median er endret, eller \(year - 1) har ingen tall.", "No national median changed, or \(year - 1) has no figures."))</p>" : "<ul>\(changes.joined())</ul>")\
      </section>
      """
  }

  var howToRead: String {
    say(
      """
      <section id="how"><h2>Slik leser du rapporten</h2><p>Et <b>traktplott</b> viser hver \
      kommunes andel (loddrett) mot hvor mange den er regnet av (vannrett). Den heltrukne linjen \
      er andelen for alle kommunene samlet; de stiplede (95 %) og prikkede (99,8 %) grensene viser \
      hvor en kommune av den størrelsen ventes å ligge om forskjellene bare var tilfeldige. \
      Grensene er vide for små kommuner og smale for store. En kommune utenfor 99,8 %-grensene \
      skiller seg ut mer enn tilfeldighet forklarer; det er et spørsmål å stille, ikke en dom. \
      Bare kommuner som forvalter ordningen i året sammenlignes.</p><p>I tabellene betyr \
      <b>:</b> at tallet er skjult fordi det bygger på færre enn 5 (eller ville avsløre et slikt \
      tall), og <b>–</b> at det ikke finnes noen verdi (ingen registreringer i året, en andel av \
      null, eller et folketall som mangler).</p></section>
      """,
      """
      <section id="how"><h2>How to read this report</h2><p>A <b>funnel plot</b> shows each \
      municipality's share (up) against how many it is a share of (across). The solid line is \
      the share of all municipalities together; the dashed (95 %) and dotted (99.8 %) limits \
      show where a municipality of that size is expected to lie if the differences were chance \
      alone. The limits are wide for small municipalities and narrow for large ones. A \
      municipality outside the 99.8 % limits differs more than chance explains: a question to \
      ask, not a verdict. Only municipalities administering the scheme in the year are \
      compared.</p><p>In the tables, <b>:</b> means the figure is withheld because it rests on \
      fewer than 5 (or would reveal such a count), and <b>–</b> that there is no value (no \
      records in the year, a share of nothing, or no population).</p></section>
      """)
  }

  // MARK: The three preconditions

  func section(_ source: String, heading: String, lead: String) -> String {
    let definitions = catalogue.filter { $0.source == source }
    var figures = ""
    if source == "grants" { figures += allocationChart + daysChart }
    for definition in definitions where !(comparisons[definition.id]?.funnel.isEmpty ?? true) {
      figures += funnel(definition)
    }
    return """
      <section id="\(source)"><h2>\(Chart.escape(heading))</h2><p>\(Chart.escape(lead))</p>\
      \(summary(definitions))\(figures)</section>
      """
  }

  /// Where the municipalities' values lie, one row per indicator of the group.
  func summary(_ definitions: [IndicatorDefinition]) -> String {
    let rows = definitions.map { definition -> String in
      let comparison = comparisons[definition.id]
      guard let national = comparison?.national else {
        return "<tr><td>\(Chart.escape(name(definition)))</td><td>\(unit(definition))</td>"
          + "<td class=\"n\">0</td><td class=\"n\">–</td><td class=\"n\">–</td></tr>"
      }
      return "<tr><td>\(Chart.escape(name(definition)))</td><td>\(unit(definition))</td>"
        + "<td class=\"n\">\(national.municipalities)</td>"
        + "<td class=\"n\">\(Chart.escape(shown(national.median, definition)))</td>"
        + "<td class=\"n\">\(Chart.escape(shown(national.lowerQuartile, definition))) – "
        + "\(Chart.escape(shown(national.upperQuartile, definition)))</td></tr>"
    }
    return """
      <table><caption>\(say("Nasjonalt, blant kommunene med en verdi", "Nationally, among the municipalities with a value"))</caption>\
      <tr><th>\(say("Indikator", "Indicator"))</th><th>\(say("Enhet", "Unit"))</th>\
      <th>\(say("Kommuner", "Municipalities"))</th><th>Median</th>\
      <th>\(say("Midterste halvdel", "Middle half"))</th></tr>\(rows.joined())</table>
      """
  }

  var allocationChart: String {
    let rows = values.municipalities.filter(\.administersScheme).map {
      (
        "\($0.kommunenummer) \($0.name)", value($0, "grants.allocation")?.value ?? 0,
        value($0, "grants.granted")?.value ?? 0
      )
    }
    guard !rows.isEmpty else { return "" }
    // Beyond a page of bars, each municipality's share granted on one line instead.
    guard rows.count <= 40 else { return grantedShareChart }
    return figure(
      Chart.pairedBars(
        id: "allocation",
        title: say(
          "Tildelt og innvilget per kommune, \(year)",
          "Allocation and granted per municipality, \(year)"),
        description: say(
          "For hver kommune to søyler: tildelingen fra IMDi i kroner, og hvor mye av den som er innvilget.",
          "For each municipality two bars: the allocation from IMDi in kroner, and how much of it was granted."
        ),
        rows: rows, words: (say("av", "of"), "kr")),
      say(
        "Hver kommunes tildeling fra IMDi (åpen søyle) og hva den har innvilget (skravert).",
        "Each municipality's allocation from IMDi (open bar) and what it has granted (hatched)."))
  }

  var grantedShareChart: String {
    let shares = values.municipalities.compactMap { municipality -> (String, Double)? in
      value(municipality, "grants.granted-share")?.value.map {
        ("\(municipality.kommunenummer) \(municipality.name)", $0 * 100)
      }
    }
    return figure(
      Chart.strip(
        id: "granted-share",
        title: say(
          "Innvilget av det som kunne innvilges, \(year)",
          "Granted of what could be granted, \(year)"),
        description: say(
          "\(shares.count) kommuners innvilgede andel av tildelingen (etter administrasjon), i prosent.",
          "\(shares.count) municipalities' share of the allocation (after administration) granted, in per cent."
        ),
        points: shares,
        median: comparisons["grants.granted-share"]?.national.map { $0.median * 100 },
        words: ("%", "median"), label: { decimal($0, 1) }),
      say(
        "Hvert punkt er en kommune: hvor mye av det den kunne innvilge som er innvilget; streken er den nasjonale medianen.",
        "Each dot is a municipality: how much of what it could grant it has granted; the line is the national median."
      ))
  }

  var daysChart: String {
    let days = values.municipalities.compactMap { municipality -> (String, Double)? in
      value(municipality, "grants.days-to-decision-median")?.value.map {
        (municipality.kommunenummer, $0)
      }
    }
    guard !days.isEmpty else { return "" }
    return figure(
      Chart.strip(
        id: "days",
        title: say(
          "Median dager fra søknad til vedtak, \(year)",
          "Median days from submission to decision, \(year)"),
        description: say(
          "\(days.count) kommuner med nok vedtak til å vises; skjulte er utelatt.",
          "\(days.count) municipalities with enough decisions to show; withheld ones are left out."),
        points: days, median: comparisons["grants.days-to-decision-median"]?.national?.median,
        words: (say("dager", "days"), "median"), label: { decimal($0, 1) }),
      say(
        "Hvert punkt er en kommunes median antall dager; streken er den nasjonale medianen.",
        "Each dot is a municipality's median number of days; the line is the national median."))
  }

  func funnel(_ definition: IndicatorDefinition) -> String {
    let comparison = comparisons[definition.id] ?? IndicatorComparison()
    let points = comparison.funnel.map {
      (label: $0.kommunenummer, value: $0.value, denominator: Double($0.denominator))
    }
    let outside = comparison.outliers.map(\.kommunenummer).joined(separator: ", ")
    let left =
      Int(comparison.withoutValue) + (comparison.national.map { Int($0.municipalities) } ?? 0)
      - points.count
    let words = SVGChart.FunnelWords(
      sizeAxis: language.sizeAxis(definition.id), shareAxis: name(definition) + " (%)",
      target: say("alle kommuner samlet", "all municipalities together"),
      limit95: say("95 %-grenser", "95 % limits"), limit998: say("99,8 %-grenser", "99.8 % limits"),
      inside: say("kommune", "municipality"),
      outside: say("utenfor 95 %-grensene", "outside the 95 % limits"),
      above: say("over", "above"), below: say("under", "below"), more: say("andre", "more"))
    let reading =
      say("Samlet andel ", "Pooled share ") + shown(comparison.funnelTarget, .share) + "; "
      + (outside.isEmpty
        ? say(
          "ingen kommune ligger utenfor 95 %-grensene.",
          "no municipality lies outside the 95 % limits.")
        : say("utenfor 95 %-grensene (trekanter): ", "outside the 95 % limits (triangles): ")
          + outside + ".")
    return figure(
      Chart.funnel(
        id: "funnel-\(definition.id.replacingOccurrences(of: ".", with: "-"))",
        title: say(
          "Traktplott: \(name(definition)), \(year)", "Funnel plot: \(name(definition)), \(year)"),
        description: say(
          "\(points.count) kommuners andeler mot \(language.sizeAxis(definition.id)), med 95 %- og 99,8 %-grenser justert for overspredning; \(max(left, 0)) uten verdi eller størrelse er utelatt.",
          "\(points.count) municipalities' shares against \(language.sizeAxis(definition.id)), with 95 % and 99.8 % limits adjusted for over-dispersion; \(max(left, 0)) without a value or a size left out."
        ),
        target: comparison.funnelTarget, tau2: comparison.funnelTau2, points: points, words: words),
      reading)
  }

  func figure(_ chart: String, _ caption: String) -> String {
    "<figure class=\"wide\">\(chart)<figcaption>\(Chart.escape(caption))</figcaption></figure>"
  }

  // MARK: Profiles and the table

  /// Per municipality, only the indicators it has a value for: the national range (line),
  /// middle half (box) and median (tick), its own value a diamond, written out.
  var profiles: String {
    var charts = ""
    var withoutValues: [String] = []
    for municipality in values.municipalities where municipality.administersScheme {
      var body = ""
      var row = 0
      for definition in catalogue {
        guard let national = comparisons[definition.id]?.national,
          let own = value(municipality, definition.id)?.value, national.maximum > national.minimum
        else { continue }
        body += spineRow(definition, national: national, own: own, y: 8 + row * 15)
        row += 1
      }
      guard row > 0 else {
        withoutValues.append(municipality.kommunenummer)
        continue
      }
      charts += figure(
        Chart.svg(
          id: "profile-\(municipality.kommunenummer)",
          title: "\(municipality.kommunenummer) \(municipality.name)",
          description: say(
            "\(row) indikatorer: nasjonalt spenn (linje), midterste halvdel (boks) og median (strek); kommunens verdi er ruten, skrevet ut med medianen.",
            "\(row) indicators: the national range (line), middle half (box) and median (tick); the municipality's value is the diamond, written out with the median."
          ),
          width: 860, height: 14 + row * 15, body),
        "\(municipality.kommunenummer) \(municipality.name): "
          + say(
            "data til og med endring nr. \(municipality.asOfSequence) i kommunens register",
            "data up to change no. \(municipality.asOfSequence) in its records"))
    }
    let note =
      withoutValues.isEmpty
      ? ""
      : "<p>\(say("Uten verdier å sammenligne", "No values to compare")): \(Chart.escape(withoutValues.joined(separator: ", "))).</p>"
    return
      "<section id=\"profiles\"><h2>\(say("Kommunene mot landet", "Each municipality against the country"))</h2>\(charts)\(note)</section>"
  }

  func spineRow(
    _ definition: IndicatorDefinition, national: ValueDistribution, own: Double, y: Int
  ) -> String {
    func x(_ v: Double) -> Double {
      330 + 330 * (v - national.minimum) / (national.maximum - national.minimum)
    }
    return """
      <text x="0" y="\(y + 9)" font-size="9">\(Chart.escape(name(definition)))</text>\
      <line x1="330" y1="\(y + 5)" x2="660" y2="\(y + 5)" stroke="#999"/>\
      <rect x="\(Chart.number(x(national.lowerQuartile)))" y="\(y)" \
      width="\(Chart.number(x(national.upperQuartile) - x(national.lowerQuartile)))" height="10" \
      fill="#eaf2f8" stroke="#1b4f72"/>\
      <line x1="\(Chart.number(x(national.median)))" y1="\(y - 1)" x2="\(Chart.number(x(national.median)))" \
      y2="\(y + 11)" stroke="#000" stroke-width="2"/>\
      <polygon points="\(Chart.number(x(own))),\(y) \(Chart.number(x(own) + 5)),\(y + 5) \
      \(Chart.number(x(own))),\(y + 10) \(Chart.number(x(own) - 5)),\(y + 5)" fill="#b03a2e"/>\
      <text x="672" y="\(y + 9)" font-size="9">\(Chart.escape(shown(own, definition))) \
      (median \(Chart.escape(shown(national.median, definition))))</text>
      """
  }

  func unit(_ definition: IndicatorDefinition) -> String {
    Chart.escape(language.unit(Self.words(definition)))
  }

  /// How `definition`'s values are written: a difference of shares in percentage points, a
  /// difference of scores as such.
  static func words(_ definition: IndicatorDefinition) -> IndicatorUnitWords {
    let gap = definition.id.hasSuffix("-gap")
    switch definition.unit {
    case .kroner: return .kroner
    case .share: return gap ? .shareGap : .share
    case .days: return .days
    case .per1000Inhabitants: return .per1000
    case .score: return gap ? .scoreGap : .score
    default: return .count
    }
  }

  func shown(_ value: Double, _ definition: IndicatorDefinition) -> String {
    shown(value, Self.words(definition))
  }

  /// A value as its unit is read, with enough digits to differ from 0: kroner whole, shares
  /// as per cent (differences in percentage points), decimals with a comma in Norwegian.
  func shown(_ value: Double, _ unit: IndicatorUnitWords) -> String {
    switch unit {
    case .kroner: return "\(Chart.whole(value)) kr"
    case .share: return "\(decimal(value * 100, 1)) %"
    case .shareGap: return "\(decimal(value * 100, 1)) \(language.pick("p.p.", "pp"))"
    case .count: return Chart.whole(value)
    case .score, .scoreGap: return decimal(value, 2)
    default: return decimal(value, 1)
    }
  }

  /// `value` with at least `least` decimals and enough to differ from 0, with a decimal comma
  /// in Norwegian.
  func decimal(_ value: Double, _ least: Int) -> String {
    let magnitude = value.magnitude
    let digits =
      magnitude == 0 || magnitude >= 1 || !magnitude.isFinite
      ? least : max(least, Int((-Foundation.log10(magnitude)).rounded(.down)) + 1)
    let text = String(format: "%.\(min(digits, 6))f", value)
    return language.norwegian ? text.replacingOccurrences(of: ".", with: ",") : text
  }

  /// Every indicator for every municipality, headers in words with units; ":" withheld, "–"
  /// no value.
  var table: String {
    let header =
      "<tr><th>\(say("Kommune", "Municipality"))</th><th>\(say("data t.o.m. endring nr.", "data up to change no."))</th>"
      + catalogue.map { "<th>\(Chart.escape(name($0))) (\(unit($0)))</th>" }.joined()
      + "</tr>"
    let outside = values.municipalities.filter { !$0.administersScheme }
      .map { "\($0.kommunenummer) \($0.name)" }
    let rows = values.municipalities.filter(\.administersScheme).map { municipality in
      "<tr><td>\(Chart.escape(municipality.kommunenummer + " " + municipality.name))</td>"
        + "<td class=\"n\">\(municipality.asOfSequence)</td>"
        + catalogue.map { definition in
          guard let value = value(municipality, definition.id) else { return "<td>–</td>" }
          if value.suppressed {
            return "<td class=\"n\" title=\"\(say("skjult", "withheld"))\">:</td>"
          }
          return
            "<td class=\"n\">\(value.value.map { Chart.escape(shown($0, definition)) } ?? "–")</td>"
        }.joined() + "</tr>"
    }.joined()
    return """
      <section id="table"><h2>\(say("Alle indikatorer", "All indicators"))</h2><div class="wide">\
      <table><caption>\(say("Verdier \(year). : skjult (færre enn 5, eller ville avsløre det); – ingen verdi.", "Values \(year). : withheld (fewer than 5, or would reveal such a count); – no value."))</caption>\
      \(header)\(rows)</table></div>\
      \(outside.isEmpty ? "" : "<p>\(say("Forvaltet ikke ordningen i \(year) (ingen tildeling)", "Did not administer the scheme in \(year) (no allocation)")): \(Chart.escape(outside.joined(separator: ", "))).</p>")\
      </section>
      """
  }
}
