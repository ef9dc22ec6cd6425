public import RPC

/// The methods of `samarbeid.v1.Organisations`.
public enum OrganisationsMethods {
  public static let service = "samarbeid.v1.Organisations"
  public static let createOrganisation = MethodDescriptor(
    service: service, method: "CreateOrganisation")
  public static let getOrganisation = MethodDescriptor(service: service, method: "GetOrganisation")
  public static let listOrganisations = MethodDescriptor(
    service: service, method: "ListOrganisations")
  public static let updateOrganisation = MethodDescriptor(
    service: service, method: "UpdateOrganisation")
}
