public import RPC

/// The methods of `samarbeid.v1.TenantRegistry`.
public enum TenantRegistryMethods {
  public static let service = "samarbeid.v1.TenantRegistry"
  public static let registerMunicipality = MethodDescriptor(
    service: service, method: "RegisterMunicipality")
  public static let renumberMunicipality = MethodDescriptor(
    service: service, method: "RenumberMunicipality")
  public static let deactivateMunicipality = MethodDescriptor(
    service: service, method: "DeactivateMunicipality")
  public static let listTenants = MethodDescriptor(service: service, method: "ListTenants")
  public static let listSecurityEvents = MethodDescriptor(
    service: service, method: "ListSecurityEvents")
}
