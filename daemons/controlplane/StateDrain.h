// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include "net/HttpClient.h"
#include "plan/Executor.h"
#include "providers/Provider.h"

#include <string>

namespace mb::controlplane {

/**
 * What draining a State node does before the node is deleted (docs/pillars.md, "Quorum and
 * scaling"): its etcd member is removed from the pillar's cluster through a remaining node,
 * so the cluster shrinks by one member while every member still runs and quorum holds at
 * each step. The removed member's etcd exits by itself. Other pillars drain as before
 * (nothing to do). Idempotent: a member already gone is success.
 */
class StateDrain final : public plan::NodeHooks
{
public:
    StateDrain(providers::Provider &provider, std::string cluster);

    Result<void> drain(const providers::NodeInfo &node, std::stop_token stop) override;

private:
    providers::Provider &m_provider;
    std::string m_cluster;
    net::HttpClient m_client;
};

/// The etcd member id (decimal, as the v3 JSON gateway writes it) whose peer URLs hold
/// `peerUrl` in a `/v3/cluster/member/list` answer; empty when there is none. Malformed
/// answers are an error saying so.
Result<std::string> etcdMemberWithPeer(const std::string &memberListJson, const std::string &peerUrl);

} // namespace mb::controlplane
