internal import DomainValues
internal import Storage

/// The dialogue tables of a tenant database.
enum DialoguesSchema {
  typealias Columns = DialogueTables.Columns

  static func add(to schema: inout StoreSchema) {
    let meetings = DialogueTables.meetings.table
    let agreements = DialogueTables.agreements.table
    let councils = DialogueTables.councils.table
    schema.add(
      "dialogues-v1",
      [
        .createRecordTable(
          meetings,
          columns: [
            ColumnDefinition(Columns.heldOn), ColumnDefinition(Columns.year),
            ColumnDefinition(Columns.type), ColumnDefinition(Columns.organisations),
            ColumnDefinition(Columns.agreementID), ColumnDefinition(Columns.councilID),
            ColumnDefinition(Columns.openDue), ColumnDefinition(Columns.createdAt),
          ]),
        .createIndex("dialogue_meetings_by_day", on: meetings, ["held_on", "id"]),
        .createIndex("dialogue_meetings_by_year", on: meetings, ["year"]),
        .createIndex("dialogue_meetings_by_open_due", on: meetings, ["open_due", "id"]),
        .createRecordTable(
          agreements,
          columns: [
            ColumnDefinition(Columns.title), ColumnDefinition(Columns.status),
            ColumnDefinition(Columns.organisations), ColumnDefinition(Columns.councilPeriodStart),
            ColumnDefinition(Columns.nextEvaluationOn), ColumnDefinition(Columns.createdAt),
          ]),
        .createIndex("agreements_by_title", on: agreements, ["title", "id"]),
        .createIndex(
          "agreements_by_next_evaluation", on: agreements, ["next_evaluation_on", "id"]),
        .createRecordTable(
          councils,
          columns: [
            ColumnDefinition(Columns.name), ColumnDefinition(Columns.councilPeriodStart),
            ColumnDefinition(Columns.createdAt),
          ]),
        .createIndex("councils_by_name", on: councils, ["name", "id"]),
      ])
    // An agreement's end, so the overdue list leaves out agreements whose term is over.
    schema.add(
      "dialogues-v2",
      [
        .addColumn(agreements, ColumnDefinition(Columns.endsOn, default: CivilDate.openEnd)),
        .rederiveColumns(of: DialogueTables.agreements),
      ])
    schema.declare(DialogueTables.meetings)
    schema.declare(DialogueTables.agreements)
    schema.declare(DialogueTables.councils)
  }
}
