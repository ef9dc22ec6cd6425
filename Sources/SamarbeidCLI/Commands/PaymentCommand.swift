import ArgumentParser
import SamarbeidAPI

/// `samarbeid payment`: payments of granted money.
struct PaymentCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "payment", abstract: "Payments.", subcommands: [Record.self, List.self])

  struct Record: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record a payment (a reference is applied once).")
    @Option(help: "The application's id.") var application: String
    @Option(help: "Kroner paid.") var amount: Kroner
    @Option(help: "Paid on, YYYY-MM-DD.") var paidOn: String
    @Option(help: "Your payment reference.") var reference: String
    @OptionGroup var connection: ConnectionOptions

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
