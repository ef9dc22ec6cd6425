public import SamarbeidAPI
public import Tenancy

/// What other modules may read of meeting places: a dialogue meeting names the place it
/// was held at.
public enum MeetingPlaceRecords {
  /// The meeting place `id` of the caller's tenant.
  /// - Throws: NOT_FOUND otherwise, another tenant's place included (recorded as such).
  public static func existing(_ id: String, scope: TenantScope) async throws -> MeetingPlace {
    try await MeetingPlaceTables.places.existing(id, scope: scope)
  }
}
