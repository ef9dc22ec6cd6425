public import RPC

/// The list messages of samarbeid.v1, paged the same way (see common.proto); the pages of
/// one kind of record are `ItemPage`s.
extension ListCallsRequest: PagedRequest {}
extension ListApplicationsRequest: PagedRequest {}
extension ListOverdueReportsRequest: PagedRequest {}
extension ListPaymentsRequest: PagedRequest {}
extension ListRepaymentClaimsRequest: PagedRequest {}
extension ExportOpenDataRequest: PagedRequest {}
extension ExportOpenDataResponse: PagedResponse {}
extension ListOrganisationsRequest: PagedRequest {}
extension ListAuditEventsRequest: PagedRequest {}
extension ListAuditEventsResponse: PagedResponse {}
extension ListSecurityEventsRequest: PagedRequest {}
extension ListSecurityEventsResponse: PagedResponse {}
extension ListMeetingPlacesRequest: PagedRequest {}
extension ListGatheringsRequest: PagedRequest {}
extension ListDialogueMeetingsRequest: PagedRequest {}
extension ListOverdueActionsRequest: PagedRequest {}
extension ListAgreementsRequest: PagedRequest {}
extension ListOverdueEvaluationsRequest: PagedRequest {}
extension ListCouncilsRequest: PagedRequest {}
