package shenbao.identity.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

import shenbao.identity.Role;

interface AccountRepository extends ListCrudRepository<Account, Long> {

	boolean existsByUsername(String username);

	List<Account> findByRoleIn(Collection<Role> roles);

}
