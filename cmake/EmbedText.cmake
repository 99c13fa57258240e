# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a C++ source defining `std::string_view <NAMESPACE>::<FUNCTION>()` that returns the
# contents of INPUT. Run as: cmake -DINPUT=… -DOUTPUT=… -DNAMESPACE=… -DFUNCTION=… -P EmbedText.cmake
file(READ "${INPUT}" content)
string(FIND "${content}" ")mbembed\"" clash)
if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )mbembed\"")
endif()
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by cmake/EmbedText.cmake. Do not edit.\n#include <string_view>\nnamespace ${NAMESPACE} {\nstd::string_view ${FUNCTION}()\n{\n    static constexpr std::string_view text = R\"mbembed(${content})mbembed\";\n    return text;\n}\n}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
