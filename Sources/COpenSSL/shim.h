// OpenSSL 3.0 for Swift. Many OpenSSL "functions" are macros over SSL_ctrl/SSL_CTX_ctrl or
// type-checked stack macros, which Swift cannot import; each wrapper below names the macro it
// stands for.
#ifndef SAMARBEID_COPENSSL_SHIM_H
#define SAMARBEID_COPENSSL_SHIM_H

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

// SSL_CTX_set_min_proto_version is a macro over SSL_CTX_ctrl.
static inline int samarbeid_SSL_CTX_set_min_proto_version(SSL_CTX *ctx, int version) {
  return (int)SSL_CTX_set_min_proto_version(ctx, version);
}

// SSL_CTX_set_mode is a macro over SSL_CTX_ctrl.
static inline long samarbeid_SSL_CTX_set_mode(SSL_CTX *ctx, long mode) {
  return SSL_CTX_set_mode(ctx, mode);
}

// SSL_CTX_set_session_cache_mode is a macro over SSL_CTX_ctrl.
static inline long samarbeid_SSL_CTX_set_session_cache_mode(SSL_CTX *ctx, long mode) {
  return SSL_CTX_set_session_cache_mode(ctx, mode);
}

// SSL_CTX_sess_set_cache_size is a macro over SSL_CTX_ctrl.
static inline long samarbeid_SSL_CTX_sess_set_cache_size(SSL_CTX *ctx, long size) {
  return SSL_CTX_sess_set_cache_size(ctx, size);
}

// SSL_CTX_set1_groups_list is a macro over SSL_CTX_ctrl.
static inline int samarbeid_SSL_CTX_set1_groups_list(SSL_CTX *ctx, const char *list) {
  return (int)SSL_CTX_set1_groups_list(ctx, list);
}

// SSL_CTX_set_tlsext_servername_callback and _arg are macros over SSL_CTX_callback_ctrl.
static inline long samarbeid_SSL_CTX_set_servername_callback(
    SSL_CTX *ctx, int (*callback)(SSL *, int *, void *), void *arg) {
  SSL_CTX_set_tlsext_servername_arg(ctx, arg);
  return SSL_CTX_set_tlsext_servername_callback(ctx, callback);
}

// SSL_set_tlsext_host_name is a macro over SSL_ctrl (client-side SNI).
static inline int samarbeid_SSL_set_tlsext_host_name(SSL *ssl, const char *name) {
  return (int)SSL_set_tlsext_host_name(ssl, name);
}

// SSL_set1_host for hostname verification is a function; SSL_set_hostflags too. Nothing needed.

// sk_GENERAL_NAME_num and sk_GENERAL_NAME_value are type-checked stack macros.
static inline int samarbeid_sk_GENERAL_NAME_num(const GENERAL_NAMES *names) {
  return sk_GENERAL_NAME_num(names);
}

static inline const GENERAL_NAME *samarbeid_sk_GENERAL_NAME_value(const GENERAL_NAMES *names,
                                                                   int index) {
  return sk_GENERAL_NAME_value(names, index);
}

// SSL_OP_* constants are built with the SSL_OP_BIT macro, which Swift cannot import.
static inline uint64_t samarbeid_SSL_OP_NO_COMPRESSION(void) { return SSL_OP_NO_COMPRESSION; }
static inline uint64_t samarbeid_SSL_OP_NO_RENEGOTIATION(void) { return SSL_OP_NO_RENEGOTIATION; }
static inline uint64_t samarbeid_SSL_OP_CIPHER_SERVER_PREFERENCE(void) {
  return SSL_OP_CIPHER_SERVER_PREFERENCE;
}

// X509_get_ext_d2i returns void *; this names the type it returns for subjectAltName.
static inline GENERAL_NAMES *samarbeid_X509_subject_alt_names(const X509 *certificate) {
  return (GENERAL_NAMES *)X509_get_ext_d2i(certificate, NID_subject_alt_name, NULL, NULL);
}

// GENERAL_NAMES_free is a function, but the stack pop_free variant is a macro.
static inline void samarbeid_GENERAL_NAMES_free(GENERAL_NAMES *names) {
  GENERAL_NAMES_free(names);
}

// OPENSSL_free is a macro over CRYPTO_free that passes the source location.
static inline void samarbeid_OPENSSL_free(void *pointer) { OPENSSL_free(pointer); }

// BIO_get_mem_data is a macro over BIO_ctrl.
static inline long samarbeid_BIO_get_mem_data(BIO *bio, char **data) {
  return BIO_get_mem_data(bio, data);
}

// The GENERAL_NAME union's members, read without Swift importing the union by hand.
static inline int samarbeid_GENERAL_NAME_type(const GENERAL_NAME *name) { return name->type; }

static inline const ASN1_IA5STRING *samarbeid_GENERAL_NAME_uri(const GENERAL_NAME *name) {
  return name->type == GEN_URI ? name->d.uniformResourceIdentifier : NULL;
}

static inline const ASN1_IA5STRING *samarbeid_GENERAL_NAME_dns(const GENERAL_NAME *name) {
  return name->type == GEN_DNS ? name->d.dNSName : NULL;
}

#endif
