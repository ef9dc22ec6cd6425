public import RPC

/// The methods of `samarbeid.v1.Organisations`, with their message types.
public enum OrganisationsMethods {
  public static let service = "samarbeid.v1.Organisations"
  public static let createOrganisation = UnaryMethod<CreateOrganisationRequest, Organisation>(
    service: service, method: "CreateOrganisation")
  public static let getOrganisation = UnaryMethod<GetOrganisationRequest, Organisation>(
    service: service, method: "GetOrganisation")
  public static let listOrganisations = UnaryMethod<
    ListOrganisationsRequest, ListOrganisationsResponse
  >(
    service: service, method: "ListOrganisations")
  public static let updateOrganisation = UnaryMethod<UpdateOrganisationRequest, Organisation>(
    service: service, method: "UpdateOrganisation")
}
