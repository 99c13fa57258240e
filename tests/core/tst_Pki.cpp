// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "net/Pki.h"

#include <QTest>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace mb;

namespace {

std::unique_ptr<X509, decltype(&X509_free)> readCertificate(const std::string &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())),
                                                  BIO_free);
    return {PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), X509_free};
}

/// OpenSSL's own verification of `leaf` against `ca` as the only trust anchor, for `host`
/// (an IP address or a DNS name): X509_V_OK when a TLS client pinning `ca` would accept it.
int verify(const std::string &caPem, const std::string &leafPem, const std::string &host, bool isIp)
{
    auto ca = readCertificate(caPem);
    auto leaf = readCertificate(leafPem);
    if (!ca || !leaf)
        return -1;
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(), X509_STORE_free);
    X509_STORE_add_cert(store.get(), ca.get());
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(),
                                                                        X509_STORE_CTX_free);
    X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), nullptr);
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_SSL_SERVER);
    if (isIp)
        X509_VERIFY_PARAM_set1_ip_asc(param, host.c_str());
    else
        X509_VERIFY_PARAM_set1_host(param, host.c_str(), host.size());
    X509_verify_cert(ctx.get());
    return X509_STORE_CTX_get_error(ctx.get());
}

} // namespace

class TestPki : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testServerCertificateVerifiesAgainstItsCaForItsNamesOnly()
    {
        const auto ca = net::makeCertificateAuthority("Test CA");
        QVERIFY2(ca, ca ? "" : ca.error().describe().c_str());
        QVERIFY(ca->certificatePem.starts_with("-----BEGIN CERTIFICATE-----"));
        QVERIFY(ca->privateKeyPem.starts_with("-----BEGIN PRIVATE KEY-----"));
        const auto server = net::issueServerCertificate(*ca, "gateway", {"127.0.0.1"}, {"localhost"});
        QVERIFY2(server, server ? "" : server.error().describe().c_str());

        QCOMPARE(verify(ca->certificatePem, server->certificatePem, "127.0.0.1", true), X509_V_OK);
        QCOMPARE(verify(ca->certificatePem, server->certificatePem, "localhost", false), X509_V_OK);
        QCOMPARE(verify(ca->certificatePem, server->certificatePem, "127.0.0.2", true),
                 X509_V_ERR_IP_ADDRESS_MISMATCH);
        QCOMPARE(verify(ca->certificatePem, server->certificatePem, "example.org", false),
                 X509_V_ERR_HOSTNAME_MISMATCH);

        // Another cluster's CA does not vouch for it, and the CA is no server certificate.
        const auto other = net::makeCertificateAuthority("Other CA");
        QVERIFY(other);
        QVERIFY(verify(other->certificatePem, server->certificatePem, "127.0.0.1", true) != X509_V_OK);
        QVERIFY(verify(ca->certificatePem, ca->certificatePem, "127.0.0.1", true) != X509_V_OK);
    }

    void testEveryCaAndKeyIsFresh()
    {
        const auto a = net::makeCertificateAuthority("A");
        const auto b = net::makeCertificateAuthority("A");
        QVERIFY(a && b);
        QVERIFY(a->privateKeyPem != b->privateKeyPem);
        QVERIFY(a->certificatePem != b->certificatePem);
    }

    void testBadCaIsRefusedWithoutShowingTheKey()
    {
        const auto ca = net::makeCertificateAuthority("CA");
        const auto other = net::makeCertificateAuthority("Other");
        QVERIFY(ca && other);

        const auto garbage =
            net::issueServerCertificate({"not a certificate", ca->privateKeyPem}, "g", {}, {"x"});
        QVERIFY(!garbage);
        QCOMPARE(garbage.error().code, ErrorCode::NetTls);
        QVERIFY(garbage.error().describe().find("reading the CA") != std::string::npos);

        const auto mismatched =
            net::issueServerCertificate({ca->certificatePem, other->privateKeyPem}, "g", {}, {"x"});
        QVERIFY(!mismatched);
        const std::string text = mismatched.error().describe();
        QVERIFY(text.find("does not match") != std::string::npos);
        QVERIFY(text.find("PRIVATE KEY") == std::string::npos);
        QVERIFY(text.find(other->privateKeyPem.substr(28, 40)) == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestPki)
#include "tst_Pki.moc"
