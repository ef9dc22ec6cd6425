/// The sample the benchmark encodes and decodes, built the same way for both codecs.
enum SampleApplication {
  static let description = """
    Kafédialog hver torsdag på biblioteket i Lørenskog: nabolagets kvinner med \
    minoritetsbakgrunn og frivillige fra majoritetsbefolkningen lager mat sammen, øver \
    norsk i uformelle samtaler og inviterer kommunens integreringskontakt til å svare på \
    spørsmål om skole, helse og arbeid. Tiltaket skal skape møteplasser på tvers av grupper.
    """
  static let budget: [(String, Int64, Int32, Int32)] = [
    ("Leie av lokale, 40 kvelder", 4_000_000, 1, 40),
    ("Mat og drikke", 2_450_050, 2, 40),
    ("Materiell til norskøvelser", 350_000, 3, 1),
    ("Reise for frivillige", 120_075, 4, 12),
    ("Honorar foredragsholder", 800_000, 5, 4),
    ("Barnepass under samlingene", 1_200_000, 5, 40),
    ("Tolketjeneste", 600_000, 5, 6),
    ("Annonsering i nærmiljøet", 75_000, 3, 1),
  ]
  static let activities = [
    "Kafédialog på biblioteket", "Felles matlaging", "Språkkafé for kvinner",
    "Informasjonsmøte om skole", "Sommeravslutning i parken", "Tur i nærmiljøet",
  ]
  static let ageGroups: [Int32] = [16, 18, 25, 35, 45, 55, 67]

  static func handWritten() -> GrantApplication {
    var application = GrantApplication()
    application.id = "app_7Q2mK9xR4vT1"
    application.organisasjonsnummer = "123456785"
    application.organisationName = "Somalisk kvinneforening i Lørenskog"
    application.kommunenummer = "3222"
    application.title = "Kafédialog og språkkafé 2025"
    application.description = description
    application.purpose = .community
    application.amountAppliedOre = 9_595_125
    application.budgetLines = budget.map { line in
      var budgetLine = BudgetLine()
      budgetLine.description = line.0
      budgetLine.amountOre = line.1
      budgetLine.category = CostCategory(protoValue: line.2)
      budgetLine.quantity = line.3
      return budgetLine
    }
    application.activities = activities
    application.targetAgeGroups = ageGroups
    var address = Address()
    address.street = "Festplassen 1"
    address.postalCode = "1473"
    address.city = "Lørenskog"
    address.kommunenummer = "3222"
    application.address = address
    application.submittedAtUnixMs = 1_738_368_000_000
    application.activitiesFree = true
    application.countingMembers = 86
    application.previousReportID = "rep_3Xk8Lm2Q"
    return application
  }

  static func swiftProtobuf() -> Samarbeid_Bench_GrantApplication {
    var application = Samarbeid_Bench_GrantApplication()
    application.id = "app_7Q2mK9xR4vT1"
    application.organisasjonsnummer = "123456785"
    application.organisationName = "Somalisk kvinneforening i Lørenskog"
    application.kommunenummer = "3222"
    application.title = "Kafédialog og språkkafé 2025"
    application.description_p = description
    application.purpose = .aCommunity
    application.amountAppliedOre = 9_595_125
    application.budgetLines = budget.map { line in
      var budgetLine = Samarbeid_Bench_BudgetLine()
      budgetLine.description_p = line.0
      budgetLine.amountOre = line.1
      budgetLine.category = Samarbeid_Bench_CostCategory(rawValue: Int(line.2))!
      budgetLine.quantity = line.3
      return budgetLine
    }
    application.activities = activities
    application.targetAgeGroups = ageGroups
    var address = Samarbeid_Bench_Address()
    address.street = "Festplassen 1"
    address.postalCode = "1473"
    address.city = "Lørenskog"
    address.kommunenummer = "3222"
    application.address = address
    application.submittedAtUnixMs = 1_738_368_000_000
    application.activitiesFree = true
    application.countingMembers = 86
    application.previousReportID = "rep_3Xk8Lm2Q"
    return application
  }
}
