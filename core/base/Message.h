// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 MadBase Studio contributors
#pragma once

#include <string>
#include <vector>

/// Marks a string literal for translation without translating it here. `core` links no Qt, so the
/// text stays English in `core`; the app and madbasectl pass (context, text) to
/// QCoreApplication::translate. lupdate reads this macro through
/// `-tr-function-alias QT_TRANSLATE_NOOP+=MB_TR_NOOP`.
#define MB_TR_NOOP(context, text) (text)

namespace mb {

/**
 * A message for a person, kept translatable.
 *
 * `source` is an English template with `%1`…`%9` placeholders, `context` the translation
 * context it was marked with (MB_TR_NOOP). `args` are already-formatted values (numbers,
 * names, pointers) that are never translated. `text()` gives the English rendering; a Qt
 * front end translates `source` in `context` and fills in the same args.
 */
struct Message
{
    const char *context = "mb";
    const char *source = "";
    std::vector<std::string> args;

    /// English text with the placeholders filled in.
    [[nodiscard]] std::string text() const;

    /// Fills `%1`…`%9` in `pattern` from `args`; a placeholder without an arg stays as it is.
    [[nodiscard]] static std::string substitute(std::string_view pattern,
                                                const std::vector<std::string> &args);
};

} // namespace mb
