// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "Pki.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace mb::net {

namespace {

constexpr const char *Ctx = "mb::net";

template <auto Free> struct Deleter
{
    template <typename T> void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

/// OpenSSL's reason for the last failure (never key material), or a generic one.
std::string lastError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return "unknown OpenSSL error";
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return text;
}

Error pkiError(const char *step)
{
    Error error;
    error.code = ErrorCode::NetTls;
    error.message = Message{Ctx,
                            MB_TR_NOOP("mb::net", "Cannot make the cluster's TLS certificates (%1): %2"),
                            {step, lastError()}};
    return error;
}

KeyPtr newKey()
{
    return KeyPtr(EVP_EC_gen("P-256"));
}

std::string toPem(const X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), const_cast<X509 *>(cert)) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(size));
}

std::string toPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(size));
}

/// A certificate with a random 128-bit serial, the validity and the subject's CN set.
CertPtr newCertificate(EVP_PKEY *key, const std::string &commonName, int days)
{
    CertPtr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return {};
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return {};
    serial[0] &= 0x7f; // positive
    std::unique_ptr<BIGNUM, Deleter<BN_free>> bn(BN_bin2bn(serial, sizeof serial, nullptr));
    if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get())))
        return {};
    // Valid from a minute ago: clocks of the nodes and the operator's machine differ a little.
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60) ||
        !X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(days) * 24 * 3600))
        return {};
    if (X509_set_pubkey(cert.get(), key) != 1)
        return {};
    X509_NAME *name = X509_get_subject_name(cert.get());
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(commonName.c_str()), -1, -1,
                                   0) != 1)
        return {};
    return cert;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const std::string &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.c_str()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

} // namespace

Result<CertifiedKey> makeCertificateAuthority(const std::string &commonName, int days)
{
    KeyPtr key = newKey();
    if (!key)
        return std::unexpected(pkiError("key"));
    CertPtr cert = newCertificate(key.get(), commonName, days);
    if (!cert || X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get())) != 1)
        return std::unexpected(pkiError("certificate"));
    if (!addExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0") ||
        !addExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(cert.get(), cert.get(), NID_subject_key_identifier, "hash"))
        return std::unexpected(pkiError("extensions"));
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return std::unexpected(pkiError("signature"));
    CertifiedKey out{toPem(cert.get()), toPem(key.get())};
    if (out.certificatePem.empty() || out.privateKeyPem.empty())
        return std::unexpected(pkiError("PEM"));
    return out;
}

Result<CertifiedKey> issueServerCertificate(const CertifiedKey &ca, const std::string &commonName,
                                            const std::vector<std::string> &ipAddresses,
                                            const std::vector<std::string> &dnsNames, int days)
{
    BioPtr certBio(BIO_new_mem_buf(ca.certificatePem.data(), static_cast<int>(ca.certificatePem.size())));
    CertPtr caCert(certBio ? PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr) : nullptr);
    BioPtr keyBio(BIO_new_mem_buf(ca.privateKeyPem.data(), static_cast<int>(ca.privateKeyPem.size())));
    KeyPtr caKey(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!caCert || !caKey)
        return std::unexpected(pkiError("reading the CA"));
    if (X509_check_private_key(caCert.get(), caKey.get()) != 1)
        return std::unexpected(pkiError("the CA's key does not match its certificate"));

    KeyPtr key = newKey();
    if (!key)
        return std::unexpected(pkiError("key"));
    CertPtr cert = newCertificate(key.get(), commonName, days);
    if (!cert || X509_set_issuer_name(cert.get(), X509_get_subject_name(caCert.get())) != 1)
        return std::unexpected(pkiError("certificate"));
    std::string san;
    for (const std::string &ip : ipAddresses)
        san += (san.empty() ? "IP:" : ",IP:") + ip;
    for (const std::string &dns : dnsNames)
        san += (san.empty() ? "DNS:" : ",DNS:") + dns;
    if (!addExtension(cert.get(), caCert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), caCert.get(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(cert.get(), caCert.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(cert.get(), caCert.get(), NID_authority_key_identifier, "keyid:always") ||
        (!san.empty() && !addExtension(cert.get(), caCert.get(), NID_subject_alt_name, san)))
        return std::unexpected(pkiError("extensions"));
    if (X509_sign(cert.get(), caKey.get(), EVP_sha256()) <= 0)
        return std::unexpected(pkiError("signature"));
    CertifiedKey out{toPem(cert.get()), toPem(key.get())};
    if (out.certificatePem.empty() || out.privateKeyPem.empty())
        return std::unexpected(pkiError("PEM"));
    return out;
}

} // namespace mb::net
