// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#include "TestSupport.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace mb::test {

std::string sourcePath(const std::string &relativePath)
{
    return std::string(MB_SOURCE_DIR) + '/' + relativePath;
}

std::string sourceFile(const std::string &relativePath)
{
    std::ifstream in(sourcePath(relativePath), std::ios::binary);
    if (!in)
        throw std::runtime_error("test data missing: " + relativePath);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

nlohmann::json example(const std::string &name)
{
    return nlohmann::json::parse(sourceFile("resources/examples/" + name + ".json"));
}

} // namespace mb::test
