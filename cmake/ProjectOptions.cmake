# SPDX-License-Identifier: GPL-3.0-or-later
# mb_options: language level, warnings and Qt hygiene defines; every target links it.
set(CMAKE_CXX_STANDARD 23)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

# ccache, with the source directory as its base: paths below it are hashed relative to it, so
# two checkouts in different directories (a second worktree, CI's clone) share cached objects.
# The build directory goes into debug information as a relative path for the same reason (ccache
# would otherwise hash it); run gdb from the source directory. See docs/development.md.
find_program(MB_CCACHE ccache)
find_program(MB_ENV env)
if(MB_CCACHE AND MB_ENV)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${MB_ENV}" "CCACHE_BASEDIR=${PROJECT_SOURCE_DIR}" "${MB_CCACHE}")
endif()

add_library(mb_options INTERFACE)
target_compile_features(mb_options INTERFACE cxx_std_23)
target_compile_options(mb_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Wshadow=local
    "-fdebug-prefix-map=${PROJECT_SOURCE_DIR}=.")
target_compile_definitions(mb_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS
    MB_VERSION="${PROJECT_VERSION}")
if(MB_WARNINGS_AS_ERRORS)
    target_compile_options(mb_options INTERFACE -Werror)
endif()
if(MB_SANITIZE)
    target_compile_options(mb_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                           -fno-sanitize-recover=undefined)
    target_link_options(mb_options INTERFACE -fsanitize=address,undefined)
endif()
