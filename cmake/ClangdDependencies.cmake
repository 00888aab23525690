# What Debian's clangd libraries (for async-clangd) link against, made known
# before find_package(Clang): LLVM 22's exported clangd targets name gRPC and
# protobuf as imported targets, and CMake rejects an export that names a
# target it cannot find. Debian's libgrpc++-dev and libprotobuf-dev provide
# the libraries (LLVM 19's exports name them as plain libraries instead).
find_package(Protobuf REQUIRED)
if(NOT TARGET gRPC::grpc++)
  # Not find_package(gRPC): Debian 12's gRPCConfig.cmake lists the code
  # generator plugins of another package and fails to load without them. The
  # libraries themselves are all that linking needs.
  add_library(gRPC::grpc++ INTERFACE IMPORTED)
  target_link_libraries(gRPC::grpc++ INTERFACE grpc++ grpc gpr absl_synchronization)
endif()
