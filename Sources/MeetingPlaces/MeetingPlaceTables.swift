internal import DomainValues
internal import SamarbeidAPI
internal import Storage

/// The meeting-place record tables and their query columns. Sets (a place's roles and
/// co-hosts, a gathering's organisations) are token columns queried with `holds`.
enum MeetingPlaceTables {
  enum Columns {
    static let name = Column<String>("name")
    static let kind = Column<Int32>("kind")
    static let audience = Column<Int32>("audience")
    static let status = Column<Int32>("status")
    static let roles = Column<String>("roles")
    static let organisations = Column<String>("organisations")
    static let startsOn = Column<String>("starts_on")
    /// The last day; `CivilDate.openEnd` for an open-ended place, so periods compare as text.
    static let endsOn = Column<String>("ends_on")
    static let createdAt = Column<String>("created_at")
    // Gatherings.
    static let meetingPlaceID = Column<String>("meeting_place_id")
    static let state = Column<Int32>("state")
    static let startsAt = Column<String>("starts_at")
    static let day = Column<String>("day")
    static let year = Column<Int32>("year")
  }

  static let places = RecordTable<MeetingPlace>(
    "meeting_places", noun: "meeting place", kind: "mpl",
    columns: [
      RecordColumn(Columns.name) { $0.name },
      RecordColumn(Columns.kind) { $0.kind.protoValue },
      RecordColumn(Columns.audience) { $0.audience.protoValue },
      RecordColumn(Columns.status) { $0.status.protoValue },
      RecordColumn(Columns.roles) { Column.tokens($0.municipalRoles.map { "\($0.protoValue)" }) },
      RecordColumn(Columns.organisations) { Column.tokens($0.coHosts.map(\.organisationID)) },
      RecordColumn(Columns.startsOn) { $0.startsOn },
      RecordColumn(Columns.endsOn) { CivilDate.storedEnd($0.endsOn) },
      RecordColumn(Columns.createdAt) { $0.createdAt },
    ])

  static let gatherings = RecordTable<Gathering>(
    "gatherings", noun: "gathering", kind: "gat",
    columns: [
      RecordColumn(Columns.meetingPlaceID) { $0.meetingPlaceID },
      RecordColumn(Columns.state) { $0.state.protoValue },
      RecordColumn(Columns.startsAt) { $0.startsAt },
      RecordColumn(Columns.day) { String($0.startsAt.prefix(10)) },
      RecordColumn(Columns.year) { Int32($0.startsAt.prefix(4)) ?? 0 },
      RecordColumn(Columns.organisations) { Column.tokens($0.organisations.map(\.organisationID)) },
      RecordColumn(Columns.createdAt) { $0.createdAt },
    ])
}
