import { Text, View } from '@tarojs/components';
import { DEPARTMENT_LABELS, ROLE_LABELS } from '@domain/labels';
import { DEPARTMENTS } from '@domain/model';
import type { Department, Role } from '@domain/model';
import type { StaffFormOptions } from '@domain/staff-views';
import type { StaffGrantInput } from '../../services/api/staff';

const toggle = <T,>(list: T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

function Choice({ id, on, text, onClick }: { id: string; on: boolean; text: string; onClick: () => void }) {
  return (
    <Text id={id} className={`chip${on ? ' chip--on' : ''}`} onClick={onClick}>
      {text}
    </Text>
  );
}

/** Roles, department and communities: what an invitation or an edit gives a staff member. */
export function GrantFields({
  options,
  value,
  onChange,
}: {
  options: StaffFormOptions;
  value: StaffGrantInput;
  onChange: (value: StaffGrantInput) => void;
}) {
  const setDepartment = (department: Department) =>
    onChange({ ...value, department: value.department === department ? undefined : department });
  return (
    <View>
      <Text className="field__label">岗位</Text>
      <View className="chips">
        {options.roles.map((role: Role) => (
          <Choice
            key={role}
            id={`role-${role}`}
            on={value.roles.includes(role)}
            text={ROLE_LABELS[role]}
            onClick={() => onChange({ ...value, roles: toggle(value.roles, role) })}
          />
        ))}
      </View>
      <Text className="field__label">部门</Text>
      <View className="chips">
        {DEPARTMENTS.map((department) => (
          <Choice
            key={department}
            id={`department-${department}`}
            on={value.department === department}
            text={DEPARTMENT_LABELS[department]}
            onClick={() => setDepartment(department)}
          />
        ))}
      </View>
      <Text className="field__label">小区</Text>
      <View className="chips">
        {options.communities.map((community) => (
          <Choice
            key={community.id}
            id={`community-${community.id}`}
            on={value.communityIds.includes(community.id)}
            text={community.name}
            onClick={() => onChange({ ...value, communityIds: toggle(value.communityIds, community.id) })}
          />
        ))}
      </View>
    </View>
  );
}
