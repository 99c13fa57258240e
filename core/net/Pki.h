// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "base/Error.h"

#include <string>
#include <vector>

namespace mb::net {

/// A certificate and its private key, both PEM. The key is a secret: it goes to 0600 files
/// only, never to logs, events or errors.
struct CertifiedKey
{
    std::string certificatePem;
    std::string privateKeyPem;
};

/**
 * Makes a self-signed certificate authority for a cluster (docs/pillars.md, "TLS"): an ECDSA
 * P-256 key and a CA certificate (basicConstraints CA:TRUE, keyCertSign) valid for `days`.
 * Bootstrap makes it once per cluster; clients pin its certificate.
 */
[[nodiscard]] Result<CertifiedKey> makeCertificateAuthority(const std::string &commonName, int days = 3650);

/**
 * Issues a TLS server certificate signed by `ca` for the given IP addresses and DNS names
 * (subjectAltName), with a fresh P-256 key, valid for `days`.
 */
[[nodiscard]] Result<CertifiedKey> issueServerCertificate(const CertifiedKey &ca,
                                                          const std::string &commonName,
                                                          const std::vector<std::string> &ipAddresses,
                                                          const std::vector<std::string> &dnsNames,
                                                          int days = 825);

} // namespace mb::net
