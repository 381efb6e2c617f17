// Tables built on first use: a static member of a class template is evaluated where the template
// is instantiated, so a program that includes the text layer but never reads or writes text does
// not evaluate the tables built from the vocabulary (a cost of every translation unit otherwise).
#pragma once

namespace aiscale::detail::text {

// x, named so that the expression depends on V: a static member of a template over V initialised
// with it is evaluated where that template is used. An initialiser that depends on nothing is
// evaluated where the template is defined (clang does so), in every program that includes the text
// layer. The function templates that read such a table name it through a parameter of their own
// (grammar<V>, written_tables<V>) for the same reason.
template <class V, class T>
constexpr const T& when_used(const T& x) {
  return x;
}

}  // namespace aiscale::detail::text
