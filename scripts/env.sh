# Sourced by the other scripts: tools on PATH and the build's settings.
export PATH="$HOME/.cargo/bin:$PWD/end2end/node_modules/.bin:$PATH"
