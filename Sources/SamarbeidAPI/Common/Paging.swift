public import RPC

/// The list messages of samarbeid.v1, paged the same way (see common.proto).
extension ListCallsRequest: PagedRequest {}
extension ListCallsResponse: PagedResponse {}
extension ListApplicationsRequest: PagedRequest {}
extension ListOverdueReportsRequest: PagedRequest {}
extension ListApplicationsResponse: PagedResponse {}
extension ListPaymentsRequest: PagedRequest {}
extension ListPaymentsResponse: PagedResponse {}
extension ListRepaymentClaimsRequest: PagedRequest {}
extension ListRepaymentClaimsResponse: PagedResponse {}
extension ExportOpenDataRequest: PagedRequest {}
extension ExportOpenDataResponse: PagedResponse {}
extension ListOrganisationsRequest: PagedRequest {}
extension ListOrganisationsResponse: PagedResponse {}
extension ListAuditEventsRequest: PagedRequest {}
extension ListAuditEventsResponse: PagedResponse {}
extension ListSecurityEventsRequest: PagedRequest {}
extension ListSecurityEventsResponse: PagedResponse {}
