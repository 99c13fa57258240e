// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace mb::test {

/// Contents of a file under the source tree ("resources/examples/starter.json").
std::string sourceFile(const std::string &relativePath);

/// An example document as JSON, ready to be changed by a test.
nlohmann::json example(const std::string &name);

/// Absolute path of a file under the source tree.
std::string sourcePath(const std::string &relativePath);

} // namespace mb::test
