"""Pure practice knowledge: stages, need areas, practice types, GAS, deadlines, forms. No Qt, no SQL."""
