public import RPC

/// The methods of `samarbeid.v1.TenantRegistry`, with their message types.
public enum TenantRegistryMethods {
  public static let service = "samarbeid.v1.TenantRegistry"
  public static let registerMunicipality = UnaryMethod<
    RegisterMunicipalityRequest, RegisterMunicipalityResponse
  >(
    service: service, method: "RegisterMunicipality")
  public static let renumberMunicipality = UnaryMethod<
    RenumberMunicipalityRequest, RenumberMunicipalityResponse
  >(
    service: service, method: "RenumberMunicipality")
  public static let deactivateMunicipality = UnaryMethod<
    DeactivateMunicipalityRequest, DeactivateMunicipalityResponse
  >(
    service: service, method: "DeactivateMunicipality")
  public static let listTenants = UnaryMethod<ListTenantsRequest, ListTenantsResponse>(
    service: service, method: "ListTenants")
  public static let listSecurityEvents = UnaryMethod<
    ListSecurityEventsRequest, ListSecurityEventsResponse
  >(
    service: service, method: "ListSecurityEvents")
}
