/** The screens' addresses, by role: the role table says (src/shared/contract/roles.ts). */
export { homeOf, rolesOpening } from '../../shared/contract/roles';
