import ArgumentParser
import SamarbeidAPI

/// `samarbeid payment`: payments of granted money.
struct PaymentCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "payment", abstract: "Payments.", subcommands: [Record.self, List.self])

  struct Record: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record a payment (a reference is applied once).")
    @Argument(help: "The application's id, as submit, decide and assess take it.")
    var applicationID: String?
    @Option(
      name: .customLong("application"),
      help: ArgumentHelp("The application's id (the same as the argument).", visibility: .hidden))
    var applicationOption: String?
    @Option(help: "Kroner paid.") var amount: Kroner
    @Option(help: "Paid on, YYYY-MM-DD (default: today).") var paidOn: String = ""
    @Option(help: "Your payment reference.") var reference: String
    @OptionGroup var connection: ChangeOptions

    /// The application, named once: as the argument, or by `--application` as before.
    var application: String { applicationID ?? applicationOption ?? "" }

    func validate() throws {
      switch (applicationID, applicationOption) {
      case (nil, nil):
        throw ValidationError("Missing the application's id: samarbeid payment record APP_ID ...")
      case (.some(let argument), .some(let option)) where argument != option:
        throw ValidationError(
          "The application is named twice (\(argument), --application \(option)): name it once")
      default: break
      }
    }

    func run() async throws {
      var request = RecordPaymentRequest()
      request.applicationID = application
      request.amountOre = amount.ore
      request.paidOn = paidOn
      request.reference = reference
      try await connection.show(GrantsMethods.recordPayment, request)
    }
  }

  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List payments.")
    @Option(help: "Only this application.") var application: String = ""
    @Option(help: "Only this year.") var year: Int32 = 0
    @OptionGroup var paging: PageOptions
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      var request = ListPaymentsRequest()
      request.applicationID = application
      request.year = year
      try await connection.list(
        GrantsMethods.listPayments, request, \.payments,
        columns: ["id", "applicationId", "amount", "paidOn", "reference"], paging: paging)
    }
  }
}
